using System.Text.Json;
using CodeAssure.Advisories.Csaf.Model;
using CodeAssure.Advisories.Csaf.Schema;

namespace CodeAssure.Advisories.Csaf.Validation;

/// <summary>What a test sees: the typed document, its raw JSON (for schema-level tests), and shared indexes.</summary>
public sealed class CsafTestContext
{
    private readonly Lazy<ProductIndex> products;

    /// <summary>Creates the context for one document.</summary>
    public CsafTestContext(CsafDocument document, JsonElement root, CsafSchemaValidator schemas)
    {
        Document = document;
        Root = root;
        Schemas = schemas;
        products = new Lazy<ProductIndex>(() => new ProductIndex(document));
    }

    /// <summary>The typed document.</summary>
    public CsafDocument Document { get; }

    /// <summary>The document as parsed JSON.</summary>
    public JsonElement Root { get; }

    /// <summary>The embedded schemas.</summary>
    public CsafSchemaValidator Schemas { get; }

    /// <summary>Product and group definitions of the product tree.</summary>
    public ProductIndex Products => products.Value;

    /// <summary>The vulnerabilities with their indexes (empty when there are none).</summary>
    public IEnumerable<(Vulnerability Vulnerability, int Index)> Vulnerabilities =>
        (Document.Vulnerabilities ?? []).Select((v, i) => (v, i));
}
