namespace CodeAssure.Sbom.Validation;

/// <summary>The kinds of SBOM document the validator recognises.</summary>
public enum SbomDocumentFormat
{
    /// <summary>Not recognised as any supported SBOM format.</summary>
    Unknown,

    /// <summary>CycloneDX, JSON serialisation.</summary>
    CycloneDxJson,

    /// <summary>CycloneDX, XML serialisation.</summary>
    CycloneDxXml,

    /// <summary>CycloneDX, protobuf text format of the bom-1.x.proto messages.</summary>
    CycloneDxProtobufText,

    /// <summary>SPDX 2.x, JSON serialisation.</summary>
    SpdxJson,

    /// <summary>SPDX 2.x, tag-value serialisation.</summary>
    SpdxTagValue,
}
