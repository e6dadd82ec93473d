document.getElementById('root')!.textContent = 'counter'
