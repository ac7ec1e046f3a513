export async function main(args: string[]): Promise<number> { console.log('datasets', args, import.meta.glob('../scenarios/*.ts', {eager:false})); return 0 }
