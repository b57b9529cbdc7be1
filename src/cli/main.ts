import { analyzeDraft } from '../analysis/index';
export async function main(argv: string[]): Promise<number> { console.log(argv, analyzeDraft('As I already said, you are wrong.').findings.length); return 0; }
