import '../widgets/ask-form/define.js';
