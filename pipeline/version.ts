/** The version of the installed `sakip` (package.json's; the build inlines it). */
import { version } from '../package.json';

export const SAKIP_VERSION: string = version;
