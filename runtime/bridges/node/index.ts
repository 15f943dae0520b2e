// The Node native bridge: the real libImSDK.so through koffi. Node-only; never bundle for Puerts.
export { NodeNativeBridge, DISPOSED_CODE, type NodeNativeBridgeOptions, type InitOptions, type NodeNativeBridgeStats } from './node-native-bridge.ts';
export { checkIsolation, assertIsolated, judgeIsolation, readNetSnapshot, NotIsolatedError, type IsolationReport, type NetSnapshot } from './isolation.ts';
export type { NativeSurface, NativeSignature, NativeParam, NativeParamKind } from '../../native-surface.ts';
