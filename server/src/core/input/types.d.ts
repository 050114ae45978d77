// pdf.js ships no types for its worker module; the adapter only hands the module to pdf.js.
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs';
