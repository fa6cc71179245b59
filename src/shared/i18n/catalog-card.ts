import type { Catalog } from './locale';

/** Names of card fields as an operator reads them in findings. */
export type CardFieldLabelKey =
  | 'name'
  | 'englishName'
  | 'chineseName'
  | 'gender'
  | 'nation'
  | 'birthDate'
  | 'address'
  | 'idNumber'
  | 'issuingAuthority'
  | 'validFrom'
  | 'validTo'
  | 'passNumber'
  | 'issueCount'
  | 'region'
  | 'prNumber'
  | 'nationality'
  | 'cardVersion'
  | 'acceptingAuthorityCode'
  | 'renewalCount'
  | 'previousPrNumberLink'
  | 'cardTypeFlag';

/** Labels of card fields, filled into finding texts. */
export const CARD_FIELD_LABELS: Catalog<CardFieldLabelKey> = {
  name: { 'zh-CN': '姓名', en: 'name' },
  englishName: { 'zh-CN': '英文姓名', en: 'English name' },
  chineseName: { 'zh-CN': '中文姓名', en: 'Chinese name' },
  gender: { 'zh-CN': '性别', en: 'gender' },
  nation: { 'zh-CN': '民族', en: 'ethnic group' },
  birthDate: { 'zh-CN': '出生日期', en: 'date of birth' },
  address: { 'zh-CN': '住址', en: 'address' },
  idNumber: { 'zh-CN': '证件号码', en: 'ID number' },
  issuingAuthority: { 'zh-CN': '签发机关', en: 'issuing authority' },
  validFrom: { 'zh-CN': '有效期起始日期', en: 'start of validity' },
  validTo: { 'zh-CN': '有效期截止日期', en: 'end of validity' },
  passNumber: { 'zh-CN': '通行证号码', en: 'travel permit number' },
  issueCount: { 'zh-CN': '签发次数', en: 'issue count' },
  region: { 'zh-CN': '地区', en: 'region' },
  prNumber: { 'zh-CN': '永久居留证号码', en: 'permanent residence number' },
  nationality: { 'zh-CN': '国籍', en: 'nationality' },
  cardVersion: { 'zh-CN': '证件版本', en: 'card version' },
  acceptingAuthorityCode: { 'zh-CN': '受理机关代码', en: 'accepting authority code' },
  renewalCount: { 'zh-CN': '换证次数', en: 'renewal count' },
  previousPrNumberLink: { 'zh-CN': '旧证号码关联', en: 'link to the previous number' },
  cardTypeFlag: { 'zh-CN': '证件类型标识', en: 'card type flag' },
};

/** Keys of gender labels. */
export type GenderLabelKey = 'genderUnknown' | 'genderMale' | 'genderFemale' | 'genderUnspecified';

/** Gender labels (GB/T 2261.1) shown on screen. */
export const GENDER_LABELS: Catalog<GenderLabelKey> = {
  genderUnknown: { 'zh-CN': '未知的性别', en: 'unknown' },
  genderMale: { 'zh-CN': '男', en: 'male' },
  genderFemale: { 'zh-CN': '女', en: 'female' },
  genderUnspecified: { 'zh-CN': '未说明的性别', en: 'unspecified' },
};

/** Keys of the card checks' findings and the card parser's errors. */
export type CardMessageKey =
  | 'checksumMismatch'
  | 'idNumberMalformed'
  | 'birthDateMismatch'
  | 'genderDigitMismatch'
  | 'expired'
  | 'notYetValid'
  | 'invalidDate'
  | 'unknownNationCode'
  | 'unknownGenderCode'
  | 'unknownCardFlag'
  | 'emptyField'
  | 'regionMismatch'
  | 'prNumberMalformed'
  | 'prNumberCheckMismatch'
  | 'nationalityMismatch'
  | 'cardTextLength'
  | 'cardFieldTooLong';

/** What the card checks tell the operator: what is wrong with the card and what to do. */
export const CARD_MESSAGES: Catalog<CardMessageKey> = {
  checksumMismatch: {
    'zh-CN': '证件号码校验位不正确，号码可能有误。请人工核对证件，必要时拒绝办理。',
    en: 'The ID number check digit is wrong, so the number may be false. Check the card by hand and refuse it if in doubt.',
  },
  idNumberMalformed: {
    'zh-CN': '证件号码格式不正确（应为17位数字加1位校验位）。请人工核对证件。',
    en: 'The ID number is not well formed (17 digits and a check character expected). Check the card by hand.',
  },
  birthDateMismatch: {
    'zh-CN': '证件号码中的出生日期与卡上的出生日期不一致。请人工核对证件。',
    en: 'The date of birth in the ID number differs from the date of birth on the card. Check the card by hand.',
  },
  genderDigitMismatch: {
    'zh-CN': '证件号码中的性别位与卡上的性别不一致。请人工核对证件。',
    en: 'The gender digit of the ID number does not match the gender on the card. Check the card by hand.',
  },
  expired: {
    'zh-CN': '证件已于 {date} 过期。请持有效证件办理。',
    en: 'The card expired on {date}. Ask for a valid card.',
  },
  notYetValid: {
    'zh-CN': '证件自 {date} 起才生效。请核对设备时间，或持有效证件办理。',
    en: 'The card is valid only from {date}. Check the device clock, or ask for a valid card.',
  },
  invalidDate: {
    'zh-CN': '{field}不是有效日期（卡上为“{raw}”）。请人工核对证件。',
    en: 'The {field} is not a valid date (the card holds "{raw}"). Check the card by hand.',
  },
  unknownNationCode: {
    'zh-CN': '民族代码 {raw} 不在国家标准表中，已按原代码显示。请人工核对证件。',
    en: 'Ethnic group code {raw} is not in the national table and is shown as is. Check the card by hand.',
  },
  unknownGenderCode: {
    'zh-CN': '性别代码“{raw}”无法识别。请人工核对证件。',
    en: 'Gender code "{raw}" is not recognised. Check the card by hand.',
  },
  unknownCardFlag: {
    'zh-CN': '证件类型标识“{raw}”无法识别，已按居民身份证读取。请人工核对证件类型。',
    en: 'Card type flag "{raw}" is not recognised; the card was read as a resident ID card. Check the card type by hand.',
  },
  emptyField: {
    'zh-CN': '卡上的{field}为空。请人工核对证件，或重新放卡读取。',
    en: 'The {field} on the card is empty. Check the card by hand, or place it on the reader again.',
  },
  regionMismatch: {
    'zh-CN': '证件号码前缀与证件类型不符。请人工核对证件。',
    en: 'The ID number prefix does not fit this card type. Check the card by hand.',
  },
  prNumberMalformed: {
    'zh-CN': '永久居留证号码格式不正确（应为3个字母加12位数字）。请人工核对证件。',
    en: 'The permanent residence number is not well formed (3 letters and 12 digits expected). Check the card by hand.',
  },
  prNumberCheckMismatch: {
    'zh-CN': '永久居留证号码校验位与推测的算法不符（该算法未经证实）。如有疑问请人工核对证件。',
    en: 'The permanent residence number fails the presumed check-digit rule (the rule is unverified). Check the card by hand if in doubt.',
  },
  nationalityMismatch: {
    'zh-CN': '永久居留证号码的国籍字母与国籍代码不一致。请人工核对证件。',
    en: 'The nationality letters of the permanent residence number differ from the nationality code. Check the card by hand.',
  },
  cardTextLength: {
    'zh-CN':
      '读卡器返回的文字信息长度为 {actual} 字节，应为 256 字节。请重新放卡读取；如反复出现，请联系技术人员检查读卡器。',
    en: 'The reader returned {actual} bytes of card text instead of 256. Place the card again; if this keeps happening, ask a technician to check the reader.',
  },
  cardFieldTooLong: {
    'zh-CN': '字段 {field} 的内容超出卡上 {sizeBytes} 字节的位置。请缩短该字段（检查模拟卡配置）。',
    en: 'The {field} field does not fit its {sizeBytes} bytes on the card. Shorten it (check the simulated card profile).',
  },
};

/** Keys of the card photo decoders' messages. */
export type CardPhotoMessageKey =
  | 'libraryMissing'
  | 'libraryUnloadable'
  | 'symbolMissing'
  | 'wrongOutputSize'
  | 'wrongSlotSize'
  | 'simulationRefused'
  | 'simulationSlotToVendor'
  | 'notASimulationPhoto'
  | 'imageUnreadable'
  | 'imageTooDetailed'
  | 'vendorSdtapiFailed'
  | 'vendorDecodeError'
  | 'vendorBadExtension'
  | 'vendorOpenError'
  | 'vendorBadFormat'
  | 'vendorNotLicensed'
  | 'vendorDeviceConnection'
  | 'vendorUnknownCode';

/** What the card photo decoders tell a technician (and the operator console) when a photo cannot be decoded. */
export const CARD_PHOTO_MESSAGES: Catalog<CardPhotoMessageKey> = {
  libraryMissing: {
    'zh-CN':
      '找不到证件照片解码库 {path}。请安装读卡器厂商提供的 WLT 解码库（如 libwlt2bmp.so），并在设备配置中填写其路径。',
    en: 'The card photo decoder library {path} was not found. Install the WLT decoder library from the reader vendor (e.g. libwlt2bmp.so) and set its path in the device configuration.',
  },
  libraryUnloadable: {
    'zh-CN':
      '无法加载证件照片解码库 {path}（{detail}）。请确认该库与本机系统和架构（如 64 位）匹配，并已安装其依赖。',
    en: 'The card photo decoder library {path} could not be loaded ({detail}). Make sure it matches this system and architecture (e.g. 64-bit) and that its dependencies are installed.',
  },
  symbolMissing: {
    'zh-CN': '解码库 {path} 中没有函数 {symbol}。请换用导出 unpack 函数的厂商解码库版本。',
    en: 'The decoder library {path} has no function {symbol}. Use a build of the vendor library that exports unpack.',
  },
  wrongOutputSize: {
    'zh-CN':
      '解码库输出的照片不是 102×126 的 24 位图像（{detail}）。请确认解码库版本与读卡器匹配。',
    en: 'The decoder library did not produce a 102x126 24-bit image ({detail}). Check that the library version matches the reader.',
  },
  wrongSlotSize: {
    'zh-CN': '证件照片数据为 {sizeBytes} 字节，应为 1024 字节。请重新放卡读取。',
    en: 'The card photo data is {sizeBytes} bytes instead of 1024. Place the card again.',
  },
  simulationRefused: {
    'zh-CN':
      '当前为正式配置，不允许使用模拟照片解码。请配置厂商 WLT 解码库；仅测试设备可开启模拟。',
    en: 'This is a production configuration, which refuses the simulation photo codec. Configure the vendor WLT decoder; only test devices may allow simulation.',
  },
  simulationSlotToVendor: {
    'zh-CN':
      '这张卡的照片是模拟照片，不是真实证件的 WLT 照片。请使用真实证件，或在测试设备上开启模拟。',
    en: 'This card carries a simulation photo, not a real WLT photo. Use a real card, or allow simulation on a test device.',
  },
  notASimulationPhoto: {
    'zh-CN':
      '照片数据不是模拟照片（可能是真实证件的 WLT 照片）。请在设备配置中改用厂商 WLT 解码库。',
    en: 'The photo data is not a simulation photo (it may be a real WLT photo). Configure the vendor WLT decoder instead.',
  },
  imageUnreadable: {
    'zh-CN': '无法读取该图像文件（{detail}）。请提供 JPEG、PNG 或 WebP 格式的照片。',
    en: 'The image file could not be read ({detail}). Provide a JPEG, PNG or WebP photo.',
  },
  imageTooDetailed: {
    'zh-CN': '即使用最低质量，该照片也无法压缩到 1024 字节以内。请换一张背景简单的证件照。',
    en: 'Even at the lowest quality this photo does not fit in 1024 bytes. Use a portrait with a plainer background.',
  },
  vendorSdtapiFailed: {
    'zh-CN': '解码库返回 {code}：读卡器接口调用失败。请检查读卡器连接后重新放卡。',
    en: 'The decoder returned {code}: its reader interface call failed. Check the reader connection and place the card again.',
  },
  vendorDecodeError: {
    'zh-CN': '解码库返回 {code}：照片解码失败。请重新放卡读取。',
    en: 'The decoder returned {code}: the photo could not be decoded. Place the card again.',
  },
  vendorBadExtension: {
    'zh-CN': '解码库返回 {code}：照片文件扩展名错误。请联系技术人员检查解码库桥接配置。',
    en: 'The decoder returned {code}: wrong photo file extension. Ask a technician to check the decoder bridge.',
  },
  vendorOpenError: {
    'zh-CN': '解码库返回 {code}：无法打开照片文件。请检查工作目录的写权限。',
    en: 'The decoder returned {code}: it could not open the photo file. Check that its working folder is writable.',
  },
  vendorBadFormat: {
    'zh-CN': '解码库返回 {code}：照片数据不是有效的 WLT 格式。请重新放卡读取。',
    en: 'The decoder returned {code}: the photo data is not valid WLT. Place the card again.',
  },
  vendorNotLicensed: {
    'zh-CN':
      '解码库返回 {code}：解码库未授权或与读卡器不匹配。请安装与本读卡器配套的解码库及授权文件。',
    en: 'The decoder returned {code}: the library is not licensed or does not match this reader. Install the library and licence file that come with this reader.',
  },
  vendorDeviceConnection: {
    'zh-CN': '解码库返回 {code}：与读卡器的连接出错。请检查读卡器连接后重试。',
    en: 'The decoder returned {code}: the connection to the reader failed. Check the reader connection and try again.',
  },
  vendorUnknownCode: {
    'zh-CN': '解码库返回未知错误码 {code}。请查阅厂商文档或联系厂商。',
    en: 'The decoder returned the unknown code {code}. Look it up in the vendor documentation or contact the vendor.',
  },
};
