export declare const LAUNCHER_DIR: string;
export declare const LAUNCHER_JAR: string;

/** Why a launcher cannot run here, or null when it can (building the jar if Maven is present). */
export declare function launcherUnavailableReason(): string | null;

export interface RunningNeo4j {
  uri: string;
  pid: number;
  /** Closes the launcher's stdin (clean shutdown) and waits for it to exit. */
  stop(): Promise<void>;
  /** SIGKILL: an abrupt outage, as when a server dies mid-transaction. */
  kill(): Promise<void>;
}

/** Starts Neo4j in-process in a JVM; resolves once it prints READY with its bolt address. */
export declare function startNeo4j(options?: {
  port?: number;
  dir?: string;
  timeoutMs?: number;
}): Promise<RunningNeo4j>;
