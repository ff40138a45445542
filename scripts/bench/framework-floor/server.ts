import { startGrpcServer, type GrpcServeOptions } from '../../../src/framework/serve/grpc-server';
import { floorProvider } from './provider';

export const startServer = (options: GrpcServeOptions) => startGrpcServer(floorProvider, options);
