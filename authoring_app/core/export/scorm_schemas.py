"""The SCORM manifests' schemas, shipped in ``resources/scorm/schemas/``, as one schema libxml2 can use.

Per version, the namespaces a manifest of ours uses and the shipped XSD of each. Two official files need care:
1.2's ``ims_xml.xsd`` binds the xml namespace as the default one, which XML forbids and libxml2 refuses (every
other validator ignores it) — it is read without that unused declaration; and 1.2's metadata schema
``imsmd_rootv1p2p1.xsd`` has a content model libxml2 calls not deterministic — it is left out, since our
manifests carry no IMS metadata for it to judge. Used by the export's validation report and by the tests.
"""

from __future__ import annotations

from pathlib import Path

from ..paths import resource_path

MANIFEST_NAMESPACES = {
    "scorm12": [
        ("http://www.imsproject.org/xsd/imscp_rootv1p1p2", "imscp_rootv1p1p2.xsd"),
        ("http://www.adlnet.org/xsd/adlcp_rootv1p2", "adlcp_rootv1p2.xsd"),
    ],
    "scorm2004": [
        ("http://www.imsglobal.org/xsd/imscp_v1p1", "imscp_v1p1.xsd"),
        ("http://www.adlnet.org/xsd/adlcp_v1p3", "adlcp_v1p3.xsd"),
        ("http://www.adlnet.org/xsd/adlseq_v1p3", "adlseq_v1p3.xsd"),
        ("http://www.adlnet.org/xsd/adlnav_v1p3", "adlnav_v1p3.xsd"),
        ("http://www.imsglobal.org/xsd/imsss", "imsss_v1p0.xsd"),
    ],
}
_DEFAULT_XML_NAMESPACE = 'xmlns="http://www.w3.org/XML/1998/namespace"'


def schema_folder(fmt: str) -> Path:
    return resource_path("scorm", "schemas", fmt)


def manifest_schema(fmt: str):
    """One schema that imports every namespace of ``fmt``'s manifest from the shipped XSDs."""
    from lxml import etree

    folder = schema_folder(fmt)

    class _Resolver(etree.Resolver):
        def resolve(self, url: str, public_id: str | None, context: object) -> object:
            if url and url.endswith("ims_xml.xsd"):
                text = (folder / "ims_xml.xsd").read_text(encoding="utf-8").replace(_DEFAULT_XML_NAMESPACE, "", 1)
                return self.resolve_string(text, context, base_url=url)
            return None

    imports = "".join(
        f'<xs:import namespace="{namespace}" schemaLocation="{(folder / name).as_uri()}"/>'
        for namespace, name in MANIFEST_NAMESPACES[fmt]
    )
    wrapper = (
        '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:handbook-studio:manifest">'
        f"{imports}</xs:schema>"
    )
    parser = etree.XMLParser(no_network=True)
    parser.resolvers.add(_Resolver())
    return etree.XMLSchema(etree.fromstring(wrapper.encode(), parser, base_url=(folder / "all.xsd").as_uri()))


def manifest_errors(fmt: str, manifest: bytes) -> list[str]:
    """What the shipped schemas find wrong with a manifest (empty: valid). XML with a DTD is refused."""
    from lxml import etree

    schema = manifest_schema(fmt)
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    tree = etree.fromstring(manifest, parser)
    if schema.validate(tree):
        return []
    return [f"imsmanifest.xml:{error.line}:{error.column}: {error.message}" for error in schema.error_log]
