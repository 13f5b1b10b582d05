// Imported first by main.tsx: marks when the popup's script starts (bench: popupFirstPaintMs).
performance.mark('sc-script-start');
