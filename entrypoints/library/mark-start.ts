// Imported first by main.tsx: marks when the library's script starts (bench: libraryFirstPaintMs).
performance.mark('sc-library-script-start');
