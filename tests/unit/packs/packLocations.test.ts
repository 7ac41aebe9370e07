// Where the desktop app looks for preloaded packs on each OS, and which argv entries are pack files to offer.
import { describe, expect, it } from 'vitest';
import { packFilesInArgv, preloadPackFolders, systemPackFolder } from '../../../electron/services/packs/packLocations';

describe('pack locations', () => {
  it('names the documented system-wide folder per OS, then the installer’s resources/packs', () => {
    expect(systemPackFolder('win32', { ProgramData: 'D:\\ProgramData' })).toBe('D:\\ProgramData\\CustomsEcommerceAcademy\\packs');
    expect(systemPackFolder('win32', {})).toBe('C:\\ProgramData\\CustomsEcommerceAcademy\\packs');
    expect(systemPackFolder('darwin', {})).toBe('/Library/Application Support/CustomsEcommerceAcademy/packs');
    expect(systemPackFolder('linux', {})).toBe('/etc/customs-ecommerce-academy/packs');
    expect(preloadPackFolders('linux', {}, '/opt/academy/resources')).toEqual(['/etc/customs-ecommerce-academy/packs', '/opt/academy/resources/packs']);
  });

  it('takes absolute .academypack paths from argv, never the executable, switches or other files', () => {
    expect(packFilesInArgv(['/opt/academy/academy', '--no-sandbox', '/home/ana/National.ACADEMYPACK', 'relative.academypack', '/home/ana/notes.txt'])).toEqual(['/home/ana/National.ACADEMYPACK']);
    expect(packFilesInArgv(['/home/ana/x.academypack'])).toEqual([]);
  });
});
