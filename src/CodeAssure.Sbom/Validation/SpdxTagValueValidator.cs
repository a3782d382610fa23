namespace CodeAssure.Sbom.Validation;

/// <summary>
/// Structural validation of an SPDX 2.2/2.3 tag-value document: the same rules as for SPDX JSON, applied to the tags,
/// with line numbers.
/// </summary>
internal sealed class SpdxTagValueValidator(IPurlSyntax purlSyntax)
{
    private static readonly HashSet<string> SectionStarts = new(StringComparer.Ordinal) { "PackageName", "FileName", "SnippetSPDXID", "LicenseID" };

    /// <summary>Validates the tags; returns the SPDXVersion the document claims.</summary>
    public string? Validate(SpdxTagValueDocument document, List<ValidationProblem> problems)
    {
        var rules = new SpdxRules(purlSyntax);
        var tags = document.Tags;
        var headerCount = 0;
        while (headerCount < tags.Count && !SectionStarts.Contains(tags[headerCount].Name))
        {
            headerCount++;
        }

        var header = tags.Take(headerCount).ToList();

        SpdxTag? Header(string name) => header.FirstOrDefault(t => t.Name == name);

        var versionTag = Header("SPDXVersion");
        SpdxRules.CheckVersion(versionTag?.Value, versionTag?.Location ?? "", problems);
        var version = versionTag?.Value;
        var dataLicense = Header("DataLicense");
        SpdxRules.CheckDataLicense(dataLicense?.Value, dataLicense?.Location ?? "", problems);
        if (Header("SPDXID") is { } documentId)
        {
            if (documentId.Value != "SPDXRef-DOCUMENT")
            {
                problems.Add(new ValidationProblem(documentId.Location, $"the document's SPDXID must be 'SPDXRef-DOCUMENT', not '{documentId.Value}'"));
            }

            rules.Define(documentId.Value, documentId.Location, problems);
        }
        else
        {
            problems.Add(new ValidationProblem("", "the document's SPDXID (SPDXRef-DOCUMENT) is missing"));
        }

        if (Header("DocumentName") is null)
        {
            problems.Add(new ValidationProblem("", "DocumentName is missing"));
        }

        var documentNamespace = Header("DocumentNamespace");
        SpdxRules.CheckDocumentNamespace(documentNamespace?.Value, documentNamespace?.Location ?? "", problems);
        var creators = header.Where(t => t.Name == "Creator").ToList();
        if (creators.Count == 0)
        {
            problems.Add(new ValidationProblem("", "at least one Creator is required"));
        }

        foreach (var creator in creators)
        {
            SpdxRules.CheckCreator(creator.Value, creator.Location, problems);
        }

        var created = Header("Created");
        SpdxRules.CheckCreated(created?.Value, created?.Location ?? "", problems);

        CheckSections(tags, 0, version, rules, problems);
        rules.CheckReferences(problems);
        return version;
    }

    private static void CheckSections(IReadOnlyList<SpdxTag> tags, int start, string? version, SpdxRules rules, List<ValidationProblem> problems)
    {
        SpdxTag? section = null;
        var sectionTags = new List<SpdxTag>();
        for (var i = start; i <= tags.Count; i++)
        {
            var tag = i < tags.Count ? tags[i] : null;
            if (tag is null || SectionStarts.Contains(tag.Name))
            {
                if (section is not null)
                {
                    CheckSection(section, sectionTags, rules, problems);
                }

                section = tag;
                sectionTags.Clear();
                if (tag is null)
                {
                    break;
                }
            }

            sectionTags.Add(tag);
            switch (tag.Name)
            {
                case "Relationship":
                    CheckRelationship(tag, version, rules, problems);
                    break;
                case "ExternalRef":
                    var parts = tag.Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
                    if (parts.Length < 3)
                    {
                        problems.Add(new ValidationProblem(tag.Location, "ExternalRef must be 'category type locator'"));
                    }
                    else if (parts[1] == "purl")
                    {
                        rules.CheckPurl(parts[2], tag.Location, problems);
                    }

                    break;
                case "SnippetFromFileSPDXID":
                    rules.Refer(tag.Value, tag.Location);
                    break;
            }
        }
    }

    private static void CheckSection(SpdxTag start, List<SpdxTag> tags, SpdxRules rules, List<ValidationProblem> problems)
    {
        switch (start.Name)
        {
            case "PackageName":
            case "FileName":
                var id = tags.FirstOrDefault(t => t.Name == "SPDXID");
                if (id is null)
                {
                    problems.Add(new ValidationProblem(start.Location, $"{(start.Name == "PackageName" ? "package" : "file")} '{start.Value}' has no SPDXID"));
                }
                else
                {
                    rules.Define(id.Value, id.Location, problems);
                }

                if (start.Name == "PackageName" && !tags.Any(t => t.Name == "PackageDownloadLocation"))
                {
                    problems.Add(new ValidationProblem(start.Location, $"package '{start.Value}' has no PackageDownloadLocation"));
                }

                if (start.Value.Length == 0)
                {
                    problems.Add(new ValidationProblem(start.Location, $"{start.Name} is empty"));
                }

                break;
            case "SnippetSPDXID":
                rules.Define(start.Value, start.Location, problems);
                break;
        }
    }

    private static void CheckRelationship(SpdxTag tag, string? version, SpdxRules rules, List<ValidationProblem> problems)
    {
        var parts = tag.Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 3)
        {
            problems.Add(new ValidationProblem(tag.Location, "Relationship must be 'SPDXRef-A TYPE SPDXRef-B'"));
            return;
        }

        rules.Refer(parts[0], tag.Location);
        if (version is not null && SpdxRules.Versions.Contains(version))
        {
            SpdxRules.CheckRelationshipType(version, parts[1], tag.Location, problems);
        }

        rules.Refer(parts[2], tag.Location, noneAllowed: true);
    }
}
