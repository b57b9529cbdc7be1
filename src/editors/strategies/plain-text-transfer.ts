/** A DataTransfer holding only `text` as text/plain, as pasting or a spelling replacement would carry it. */
export function plainTextTransfer(text: string): DataTransfer {
  const transfer = new DataTransfer();
  transfer.setData('text/plain', text);
  return transfer;
}
