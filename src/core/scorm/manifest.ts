// imsmanifest.xml of a one-SCO SCORM 1.2 package (IMS Content Packaging 1.1.2 with the ADL
// SCORM 1.2 extensions): one organization, one item, one resource listing every file.

export interface ManifestInput {
  /** Unique per pack, module and language, so an LMS can hold several at once. */
  identifier: string;
  version: string;
  title: string;
  /** The quiz's pass mark as a percentage, when the module has a quiz. */
  masteryScore?: number;
  /** The SCO's launch page. */
  href: string;
  /** Every file of the package but the manifest, with forward slashes. */
  files: readonly string[];
}

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

/** XML ids are NCNames: letters, digits, "-", "_" and ".", not starting with a digit. */
export const xmlId = (s: string) => `id-${s.replace(/[^A-Za-z0-9_.-]/g, '_')}`;

export function scormManifest(m: ManifestInput): string {
  const org = xmlId(`${m.identifier}-org`);
  const res = xmlId(`${m.identifier}-sco`);
  const mastery = m.masteryScore !== undefined ? `\n        <adlcp:masteryscore>${Math.round(m.masteryScore)}</adlcp:masteryscore>` : '';
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${escapeXml(xmlId(m.identifier))}" version="${escapeXml(m.version)}"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="${org}">
    <organization identifier="${org}">
      <title>${escapeXml(m.title)}</title>
      <item identifier="${xmlId(`${m.identifier}-item`)}" identifierref="${res}" isvisible="true">
        <title>${escapeXml(m.title)}</title>${mastery}
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${res}" type="webcontent" adlcp:scormtype="sco" href="${escapeXml(m.href)}">
${m.files.map((f) => `      <file href="${escapeXml(f)}"/>`).join('\n')}
    </resource>
  </resources>
</manifest>
`;
}
