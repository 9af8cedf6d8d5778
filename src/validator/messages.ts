/**
 * The validator page's own words (its headings, buttons and what only a page can say: a file not dropped, a
 * server's CORS refusal). The findings themselves are the command line's words (src/cli/messages.ts and
 * src/cli/wording.ts), so the page and `gov-widgets validate` say the same. Every locale must have every
 * message: the `PageMessages` type makes a missing one a type error.
 */
import type { CliLocale } from '../cli/locale.js';

const zhHans = {
  title: 'gov-widgets 数据检查',
  intro:
    '发布 disclosure.json 之前，在这里检查它：与命令行 gov-widgets validate 的检查和说法完全相同，并预览三个组件显示的样子。本页不上传任何内容，所有检查都在您的浏览器中进行，断网也能用。',
  language: '语言',
  filesHeading: '1. 选择文件',
  dropZone: '把 disclosure.json 和它引用的分文档（如 policies.json、accounts.json）一起拖到这里',
  fileInput: '或选择文件（可多选）',
  pasteHeading: '2. 或粘贴 JSON 文本',
  pasteLabel: 'JSON 文本',
  pasteButton: '检查粘贴的文本',
  urlHeading: '3. 或输入网址',
  urlLabel: '文档网址（https://…/disclosure.json）',
  urlHint: '网址由您的浏览器直接读取：服务器须允许跨域读取（Access-Control-Allow-Origin）。',
  urlButton: '读取并检查',
  resultsHeading: '检查结果',
  nothingYet: '还没有检查任何文档。',
  checking: '正在检查…',
  previewHeading: '预览',
  previewNote:
    '组件按检查的数据显示（只显示第一页），有错误的条目会被略过。预览本地文件时，数据中的相对网址（如二维码图片、留言提交地址）无法解析，这些内容可能不显示。',
  previewFeed: '最新政策',
  previewDirectory: '政务新媒体',
  previewForm: '留言',
  pastedName: '粘贴的文本',
  documentsHeading: '文档',
  notDropped: (name: string) => `没有选择名为 ${name} 的文件：请把它和发现文档一起拖入或选择`,
  corsOrNetwork: '服务器不允许跨域读取（CORS），或网络不通。请让服务器对该文件发送 Access-Control-Allow-Origin: *，或把文件下载后拖到这里',
  notAUrl: (value: string) => `不是 http(s) 网址：${value}`,
  emptyPaste: '请先粘贴 JSON 文本',
  line: (line: number) => `第 ${line} 行`,
  filesChecked: (count: number) => `已检查 ${count} 个文件`,
};

export type PageMessages = typeof zhHans;

const zhHant: PageMessages = {
  title: 'gov-widgets 資料檢查',
  intro:
    '發布 disclosure.json 之前，在這裡檢查它：與命令列 gov-widgets validate 的檢查和說法完全相同，並預覽三個元件顯示的樣子。本頁不上傳任何內容，所有檢查都在您的瀏覽器中進行，離線也能用。',
  language: '語言',
  filesHeading: '1. 選擇檔案',
  dropZone: '把 disclosure.json 和它引用的分文件（如 policies.json、accounts.json）一起拖到這裡',
  fileInput: '或選擇檔案（可多選）',
  pasteHeading: '2. 或貼上 JSON 文字',
  pasteLabel: 'JSON 文字',
  pasteButton: '檢查貼上的文字',
  urlHeading: '3. 或輸入網址',
  urlLabel: '文件網址（https://…/disclosure.json）',
  urlHint: '網址由您的瀏覽器直接讀取：伺服器須允許跨來源讀取（Access-Control-Allow-Origin）。',
  urlButton: '讀取並檢查',
  resultsHeading: '檢查結果',
  nothingYet: '尚未檢查任何文件。',
  checking: '正在檢查…',
  previewHeading: '預覽',
  previewNote:
    '元件依檢查的資料顯示（只顯示第一頁），有錯誤的條目會被略過。預覽本機檔案時，資料中的相對網址（如 QR 碼圖片、留言提交位址）無法解析，這些內容可能不顯示。',
  previewFeed: '最新政策',
  previewDirectory: '政務新媒體',
  previewForm: '留言',
  pastedName: '貼上的文字',
  documentsHeading: '文件',
  notDropped: (name) => `沒有選擇名為 ${name} 的檔案：請把它和發現文件一起拖入或選擇`,
  corsOrNetwork: '伺服器不允許跨來源讀取（CORS），或網路不通。請讓伺服器對該檔案傳送 Access-Control-Allow-Origin: *，或把檔案下載後拖到這裡',
  notAUrl: (value) => `不是 http(s) 網址：${value}`,
  emptyPaste: '請先貼上 JSON 文字',
  line: (line) => `第 ${line} 行`,
  filesChecked: (count) => `已檢查 ${count} 個檔案`,
};

const en: PageMessages = {
  title: 'gov-widgets data check',
  intro:
    'Check disclosure.json here before you publish it: the same checks, in the same words, as the command line gov-widgets validate, with a preview of the three widgets. Nothing is uploaded: every check runs in your browser, offline too.',
  language: 'Language',
  filesHeading: '1. Choose files',
  dropZone: 'Drop disclosure.json here together with the section documents it names (policies.json, accounts.json …)',
  fileInput: 'Or choose files (several at once)',
  pasteHeading: '2. Or paste JSON text',
  pasteLabel: 'JSON text',
  pasteButton: 'Check the pasted text',
  urlHeading: '3. Or enter a URL',
  urlLabel: 'URL of the document (https://…/disclosure.json)',
  urlHint: 'Your browser reads the URL itself: the server must allow cross-origin reads (Access-Control-Allow-Origin).',
  urlButton: 'Load and check',
  resultsHeading: 'Results',
  nothingYet: 'No document checked yet.',
  checking: 'Checking…',
  previewHeading: 'Preview',
  previewNote:
    'The widgets on the data checked (first page only); items with errors are left out. Previewing local files, relative URLs in the data (QR images, the question endpoint) cannot resolve, so what they name may not show.',
  previewFeed: 'Latest policies',
  previewDirectory: 'Official accounts',
  previewForm: 'Ask a question',
  pastedName: 'pasted text',
  documentsHeading: 'Documents',
  notDropped: (name) => `no file named ${name} was chosen: drop or choose it together with the discovery document`,
  corsOrNetwork:
    'the server does not allow cross-origin reads (CORS), or the network is down. Have the server send Access-Control-Allow-Origin: * for the file, or download it and drop it here',
  notAUrl: (value) => `not an http(s) URL: ${value}`,
  emptyPaste: 'Paste some JSON text first',
  line: (line) => `line ${line}`,
  filesChecked: (count) => `${count} file(s) checked`,
};

export const PAGE_CATALOGS: Readonly<Record<CliLocale, PageMessages>> = { 'zh-Hans': zhHans, 'zh-Hant': zhHant, en };
