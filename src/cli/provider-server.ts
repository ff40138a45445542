// The lazily loaded half of the plugin executable.
import { startGrpcServer, type GrpcServeOptions } from '../framework/serve/grpc-server';
import { authtokenProvider } from '../provider/authtoken-provider';

export const startServer = (options: GrpcServeOptions) => startGrpcServer(authtokenProvider, options);
