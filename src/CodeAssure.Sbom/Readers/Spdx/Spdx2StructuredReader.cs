using CodeAssure.Sbom.Model;
using CodeAssure.Sbom.Readers.Tokens;

namespace CodeAssure.Sbom.Readers.Spdx;

/// <summary>
/// Reads an SPDX 2.x document from a token stream: the JSON, YAML and XML serializations share one shape (the
/// JSON schema's property names), so one reader serves all three.
/// </summary>
internal static class Spdx2StructuredReader
{
    public static SbomDocument Read(TokenReader reader)
    {
        var document = new Spdx2DocumentBuilder(reader.SourceName);
        reader.ReadRequired();
        reader.ExpectObject("SPDX document", property =>
        {
            switch (property)
            {
                case "spdxVersion":
                    document.SpdxVersion = Spdx2DocumentBuilder.CheckVersion(reader.ReadString(property), reader.Error);
                    break;
                case "SPDXID":
                    document.DocumentId = reader.ReadString(property);
                    Spdx2DocumentBuilder.CheckDocumentId(document.DocumentId, reader.Error);
                    break;
                case "name":
                    document.Name = reader.ReadString(property);
                    break;
                case "documentNamespace":
                    document.DocumentNamespace = reader.ReadString(property);
                    break;
                case "creationInfo":
                    reader.ReadObject(property, info =>
                    {
                        switch (info)
                        {
                            case "created":
                                document.Created = Timestamps.Parse(reader.ReadString(info), reader.Error);
                                break;
                            case "creators":
                                reader.ReadArray(info, () => ReadCreator(reader, document));
                                break;
                            default:
                                reader.SkipValue();
                                break;
                        }
                    });
                    break;
                case "documentDescribes":
                    document.Describes.AddRange(reader.ReadStringArray(property));
                    break;
                case "packages":
                    reader.ReadArray(property, () => document.Packages.Add(ReadPackage(reader)));
                    break;
                case "relationships":
                    reader.ReadArray(property, () => ReadRelationship(reader, document));
                    break;
                default:
                    reader.SkipValue();
                    break;
            }
        });

        if (reader.Read())
        {
            throw reader.Error($"unexpected {reader.Describe()} after the end of the document");
        }

        return document.Build();
    }

    private static ComponentBuilder ReadPackage(TokenReader reader)
    {
        var package = new ComponentBuilder(reader.Line, reader.Column);
        string? concluded = null;
        string? declared = null;
        reader.ExpectObject("package", property =>
        {
            switch (property)
            {
                case "SPDXID":
                    package.BomRef = reader.ReadString(property);
                    Spdx2DocumentBuilder.CheckElementId(package.BomRef, "a package", reader.Error);
                    break;

                // packageName, packageVersion … are the property names of early (pre-2.2) SPDX JSON tools.
                case "name" or "packageName":
                    package.Name = reader.ReadString(property);
                    break;
                case "versionInfo" or "packageVersion":
                    package.Version = reader.ReadString(property);
                    break;
                case "supplier":
                    package.Supplier = Spdx2DocumentBuilder.SupplierName(reader.ReadString(property));
                    break;
                case "licenseConcluded" or "packageLicenseConcluded":
                    concluded = Spdx2DocumentBuilder.License(reader.ReadString(property));
                    break;
                case "licenseDeclared" or "packageLicenseDeclared":
                    declared = Spdx2DocumentBuilder.License(reader.ReadString(property));
                    break;
                case "primaryPackagePurpose":
                    package.Type = reader.ReadString(property)?.ToLowerInvariant();
                    break;
                case "checksums":
                    reader.ReadArray(property, () => ReadChecksum(reader, package));
                    break;
                case "externalRefs":
                    reader.ReadArray(property, () =>
                    {
                        string? type = null;
                        string? locator = null;
                        reader.ExpectObject("externalRef", field =>
                        {
                            switch (field)
                            {
                                case "referenceType":
                                    type = reader.ReadString(field);
                                    break;
                                case "referenceLocator":
                                    locator = reader.ReadString(field);
                                    break;
                                default:
                                    reader.SkipValue();
                                    break;
                            }
                        });
                        Spdx2DocumentBuilder.AddExternalRef(package, type, locator);
                    });
                    break;
                default:
                    reader.SkipValue();
                    break;
            }
        });

        if (package.BomRef is null)
        {
            throw new SbomFormatException(reader.SourceName, package.Line, package.Column, "a package has no 'SPDXID'");
        }

        package.AddLicense(concluded);
        package.AddLicense(declared);
        return package;
    }

    /// <summary>A creator is a string ("Tool: syft-1.0"); some tools write { "Tool": "syft-1.0" } objects, read the same way.</summary>
    private static void ReadCreator(TokenReader reader, Spdx2DocumentBuilder document)
    {
        if (reader.Kind != TokenKind.StartObject)
        {
            if (reader.ExpectString("creators") is { } creator)
            {
                document.AddCreator(creator);
            }

            return;
        }

        reader.ExpectObject("creator", kind =>
        {
            if (reader.ReadString(kind) is { } name)
            {
                document.AddCreator($"{kind}: {name}");
            }
        });
    }

    private static void ReadChecksum(TokenReader reader, ComponentBuilder package)
    {
        string? algorithm = null;
        string? value = null;
        reader.ExpectObject("checksum", field =>
        {
            switch (field)
            {
                case "algorithm":
                    algorithm = reader.ReadString(field);
                    break;
                case "checksumValue":
                    value = reader.ReadString(field);
                    break;
                default:
                    reader.SkipValue();
                    break;
            }
        });
        if (algorithm is null || value is null)
        {
            throw reader.Error("a checksum needs both 'algorithm' and 'checksumValue'");
        }

        package.Hashes.Add(new SbomHash(SpdxHashAlgorithms.Normalise(algorithm), value.Trim()));
    }

    private static void ReadRelationship(TokenReader reader, Spdx2DocumentBuilder document)
    {
        string? from = null;
        string? type = null;
        string? to = null;
        reader.ExpectObject("relationship", field =>
        {
            switch (field)
            {
                case "spdxElementId":
                    from = reader.ReadString(field);
                    break;
                case "relationshipType":
                    type = reader.ReadString(field);
                    break;
                case "relatedSpdxElement":
                    to = reader.ReadString(field);
                    break;
                default:
                    reader.SkipValue();
                    break;
            }
        });
        if (from is null || type is null || to is null)
        {
            throw reader.Error("a relationship needs 'spdxElementId', 'relationshipType' and 'relatedSpdxElement'");
        }

        document.Relationships.Add(new SpdxRelationship(from, type, to));
    }
}
