export declare const DEV_BASE_URL: string;
export declare function baseUrlFromEnv(env: Record<string, string | undefined>): string;
export declare function checkBaseUrl(text: string): string;
export declare function renderManifest(source: string, baseUrl: string): string;
