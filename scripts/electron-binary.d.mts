export declare const projectRoot: string;
export declare const electronPackageDir: string;
export declare function electronBinaryPath(): string | null;
