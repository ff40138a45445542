// Tests never read the developer's Terraform CLI configuration: every workspace names its own. Libraries
// that run terraform by themselves (@cdktf/commons runs `terraform version` when it is loaded, with the
// worker's real environment, which a test file cannot change) get an empty one and no checkpoint call.
// Set here, in jest's main process, before the workers that inherit it are started.
module.exports = () => {
  process.env.TF_CLI_CONFIG_FILE = '/dev/null';
  process.env.CHECKPOINT_DISABLE = '1';
};
