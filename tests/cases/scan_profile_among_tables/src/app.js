// Calls to the made-up demo provider through its SDK and over raw HTTP.
const ledger = await demo.booksApi.getLedger(id);
await fetch('https://api.demo.test/books/1.0/Ledger', { method: 'POST' });
await fetch('https://api.demo.test/Connections');
