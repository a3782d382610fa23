namespace CodeAssure.Sbom.Readers.CycloneDx;

/// <summary>Recognises the CycloneDX JSON property names the reader keeps, from their UTF-8 bytes (no string per name).</summary>
internal static class CycloneDxProperties
{
    public static Property Of(ReadOnlySpan<byte> name) => name.Length switch
    {
        2 => name.SequenceEqual("id"u8) ? Property.Id : Property.Other,
        3 => name.SequenceEqual("alg"u8) ? Property.Alg
            : name.SequenceEqual("ref"u8) ? Property.Ref
            : name.SequenceEqual("cpe"u8) ? Property.Cpe
            : Property.Other,
        4 => name.SequenceEqual("name"u8) ? Property.Name
            : name.SequenceEqual("type"u8) ? Property.Type
            : name.SequenceEqual("purl"u8) ? Property.Purl
            : Property.Other,
        5 => name.SequenceEqual("scope"u8) ? Property.Scope
            : name.SequenceEqual("group"u8) ? Property.Group
            : name.SequenceEqual("tools"u8) ? Property.Tools
            : Property.Other,
        6 => name.SequenceEqual("hashes"u8) ? Property.Hashes
            : name.SequenceEqual("vendor"u8) ? Property.Vendor
            : Property.Other,
        7 => name.SequenceEqual("version"u8) ? Property.Version
            : name.SequenceEqual("bom-ref"u8) ? Property.BomRef
            : name.SequenceEqual("content"u8) ? Property.Content
            : name.SequenceEqual("license"u8) ? Property.License
            : Property.Other,
        8 => name.SequenceEqual("licenses"u8) ? Property.Licenses
            : name.SequenceEqual("supplier"u8) ? Property.Supplier
            : name.SequenceEqual("metadata"u8) ? Property.Metadata
            : name.SequenceEqual("services"u8) ? Property.Services
            : name.SequenceEqual("provider"u8) ? Property.Provider
            : Property.Other,
        9 => name.SequenceEqual("dependsOn"u8) ? Property.DependsOn
            : name.SequenceEqual("bomFormat"u8) ? Property.BomFormat
            : name.SequenceEqual("component"u8) ? Property.Component
            : name.SequenceEqual("timestamp"u8) ? Property.Timestamp
            : Property.Other,
        10 => name.SequenceEqual("components"u8) ? Property.Components
            : name.SequenceEqual("expression"u8) ? Property.Expression
            : Property.Other,
        11 => name.SequenceEqual("specVersion"u8) ? Property.SpecVersion : Property.Other,
        12 => name.SequenceEqual("dependencies"u8) ? Property.Dependencies
            : name.SequenceEqual("serialNumber"u8) ? Property.SerialNumber
            : name.SequenceEqual("manufacturer"u8) ? Property.Manufacturer
            : Property.Other,
        _ => Property.Other,
    };
}
