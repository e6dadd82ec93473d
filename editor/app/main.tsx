document.getElementById('root')!.textContent = '管理端正在建设中'
