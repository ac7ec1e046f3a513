export async function main(args: string[]): Promise<number> { console.log('bench', args, import.meta.glob('../scenarios/*.ts', {eager:false})); return 0 }
