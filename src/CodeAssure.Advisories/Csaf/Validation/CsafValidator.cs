using System.Text.Json;
using CodeAssure.Advisories.Csaf.Reading;
using CodeAssure.Advisories.Csaf.Schema;
using CodeAssure.Advisories.Csaf.Validation.Informative;
using CodeAssure.Advisories.Csaf.Validation.Mandatory;
using CodeAssure.Advisories.Csaf.Validation.Optional;

namespace CodeAssure.Advisories.Csaf.Validation;

/// <summary>
/// Validates CSAF 2.0 documents: reads them within limits, checks the JSON schema, then runs the tests of section 6
/// (mandatory 6.1, optional 6.2, informative 6.3). Thread-safe; create once and reuse (the schemas load once).
/// </summary>
public sealed class CsafValidator
{
    private readonly CsafReader reader;
    private readonly CsafSchemaValidator schemas = new();

    /// <summary>Creates a validator with the given reader limits (the defaults when null).</summary>
    public CsafValidator(CsafReader? reader = null)
    {
        this.reader = reader ?? new CsafReader();
    }

    /// <summary>Every test this validator runs, in section order.</summary>
    public static IReadOnlyList<CsafTest> Tests { get; } =
    [
        new MissingProductIdDefinition(), new MultipleProductIdDefinition(), new CircularProductIdDefinition(),
        new MissingProductGroupIdDefinition(), new MultipleProductGroupIdDefinition(), new ContradictingProductStatus(),
        new MultipleScoresWithSameVersionPerProduct(), new InvalidCvss(), new InvalidCvssComputation(), new InconsistentCvss(),
        new InvalidCwe(), new InvalidLanguage(), new InvalidPurl(), new SortedRevisionHistory(), new Translator(),
        new LatestDocumentVersion(), new DocumentStatusDraft(), new ReleasedRevisionHistory(), new PreReleaseRevisionHistoryEntry(),
        new NonDraftDocumentVersion(), new MissingRevisionHistoryItem(), new MultipleRevisionHistoryDefinition(),
        new MultipleUseOfSameCve(), new MultipleInvolvementDefinition(), new MultipleUseOfSameHashAlgorithm(),
        new ProhibitedDocumentCategoryName(), new ProfileDocumentNotes(), new ProfileDocumentReferences(),
        new ProfileNoVulnerabilities(), new ProfileProductTree(), new ProfileVulnerabilityNotes(), new ProfileProductStatus(),
        new ProfileVexProductStatus(), new ProfileVulnerabilityId(), new ProfileImpactStatement(), new ProfileActionStatement(),
        new ProfileVulnerabilities(), new Translation(), new RemediationWithoutProductReference(),
        new MixedIntegerAndSemanticVersioning(), new VersionRangeInProductVersion(), new FlagWithoutProductReference(),
        new MultipleFlagsPerProduct(),
        .. OptionalTests.All,
        .. InformativeTests.All,
    ];

    /// <summary>Validates a document given as UTF-8 JSON.</summary>
    public CsafValidationReport Validate(ReadOnlyMemory<byte> utf8)
    {
        JsonDocument parsed;
        try
        {
            parsed = reader.Parse(utf8);
        }
        catch (CsafReadException e)
        {
            return new CsafValidationReport(e.Message, [], [], null);
        }

        using (parsed)
        {
            var root = parsed.RootElement;
            var schemaProblems = schemas.Validate(root);
            Model.CsafDocument document;
            try
            {
                document = CsafReader.ToModel(root);
            }
            catch (CsafReadException e)
            {
                // The typed tests cannot run; the CVSS schema test still can, on the raw JSON.
                var context = new CsafTestContext(new Model.CsafDocument(), root, schemas);
                return new CsafValidationReport(null, schemaProblems, new InvalidCvss().Run(context).ToList(), e.Message);
            }

            var testContext = new CsafTestContext(document, root, schemas);
            var findings = Tests.SelectMany(test => test.Run(testContext)).ToList();
            return new CsafValidationReport(null, schemaProblems, findings, null);
        }
    }
}
