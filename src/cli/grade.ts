export async function main(args: string[]): Promise<number> { console.log('grade', args, import.meta.glob('../scenarios/*.ts', {eager:false})); return 0 }
