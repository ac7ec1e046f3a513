export async function main(args: string[]): Promise<number> { console.log('scenarios-check', args, import.meta.glob('../scenarios/*.ts', {eager:false})); return 0 }
