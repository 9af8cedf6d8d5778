
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's02bccd7e6e59dd59': `伺服器回應逾時。請稍後重試。`,
's0a1e139b814abbc3': `政務新媒體帳號`,
's18987ed622d1ef48': `政務新媒體帳號暫時無法顯示`,
's29730855c3dd6641': str`有 ${0} 條資訊因資料格式有誤未能顯示。`,
's2c5cbfe4ce45494f': `政策資訊暫時無法顯示`,
's33bd0fa79800e113': str`伺服器拒絕了請求（錯誤代碼 ${0}）。請聯絡網站管理員。`,
's401d54ebf6f202c7': `無法連線到伺服器。請檢查網路連線後重試。`,
's4379603c1d2c2b0b': `頁面沒有指定資料來源。請聯絡網站管理員。`,
's472bc44a3a96872c': `政策資訊`,
's47c8c5e4737442e1': `資料沒有完整傳輸。請重試。`,
's50fb4cf017548249': `正在載入…`,
's67b9a69b8129ff8a': `找不到資料檔案。請聯絡網站管理員。`,
's7858c4514e587816': `留言諮詢暫時無法使用`,
's9f7caf380af613f6': `資料檔案格式有誤，無法讀取。請聯絡網站管理員。`,
'sb47cac45ae4f12a1': str`資料檔案的版本（${0}）不受支援，本元件只能讀取 1.x 版本。請聯絡網站管理員。`,
'sc56b9e1bb9eb4a5a': str`資料檔案中沒有${0}。請聯絡網站管理員。`,
'sc8bd06d6d6a40820': str`伺服器暫時無法提供資料（錯誤代碼 ${0}）。請稍後重試。`,
'se688063e2feeca9a': `留言諮詢`,
'se8c2123be37023a6': `資料檔案的內容不符合規範，無法顯示。請聯絡網站管理員。`,
'sf14eef0954efc3b7': `重試`,
    };
  