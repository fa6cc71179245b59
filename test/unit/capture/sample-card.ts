// A card the capture tests and the host benchmark hold: recognisable personal data (so tests can
// look for leftovers) and a decoded photo. No test runner import, so a benchmark can use it too.
import type { SessionCard } from '../../../src/core/capture/ports';
import type { ResidentIdCard } from '../../../src/core/idcard/card/card';

/** A resident card with recognisable personal data, so tests can look for leftovers. */
export function residentCard(idNumber = '11010119900307803X', name = '张三丰'): SessionCard {
  const card: ResidentIdCard = {
    type: 'resident',
    name,
    idNumber,
    nation: { kind: 'known', code: '01', name: '汉' },
    address: '北京市东城区景山前街4号',
    issuingAuthority: '北京市公安局东城分局',
    gender: { kind: 'known', code: '1', label: { 'zh-CN': '男', en: 'Male' } },
    birthDate: { kind: 'date', iso: '1990-03-07' },
    validFrom: { kind: 'date', iso: '2020-01-01' },
    validTo: { kind: 'long-term' },
  };
  const photo = { width: 102, height: 126, data: new Uint8Array(102 * 126 * 3).fill(7) };
  return { card, photo, photoPreview: 'data:image/jpeg;base64,AAAA' };
}
