import '../widgets/account-directory/define.js';
