using System.Text;
using CodeAssure.Advisories.Csaf.Model;
using CodeAssure.Advisories.Csaf.Reading;
using CodeAssure.Advisories.Csaf.Validation;

namespace CodeAssure.Web.Trust;

/// <summary>
/// A stored CSAF 2.0 document read for the portal's HTML page: the typed document plus product names resolved from
/// the product tree, so the page can say "Acme Server 2.4.1" where the document says <c>CSAFPID-0001</c>.
/// </summary>
internal sealed class CsafAdvisoryView
{
    /// <summary>The largest stored document the page reads (far above real advisories).</summary>
    public const long MaxBytes = 16L * 1024 * 1024;

    private readonly Dictionary<string, string> _names;
    private readonly Dictionary<string, IReadOnlyList<string>> _groups;

    private CsafAdvisoryView(CsafDocument document)
    {
        Document = document;
        _names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in document.ProductTree?.FullProductNames ?? [])
        {
            _names.TryAdd(name.ProductId, name.Name);
        }

        foreach (var branch in document.ProductTree?.Branches ?? [])
        {
            AddBranch(branch, 0);
        }

        foreach (var relationship in document.ProductTree?.Relationships ?? [])
        {
            _names.TryAdd(relationship.FullProductName.ProductId, relationship.FullProductName.Name);
        }

        _groups = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var group in document.ProductTree?.ProductGroups ?? [])
        {
            _groups.TryAdd(group.GroupId, group.ProductIds);
        }
    }

    /// <summary>The document.</summary>
    public CsafDocument Document { get; }

    /// <summary>Reads stored CSAF JSON; on failure returns null and says why in <paramref name="error"/>.</summary>
    public static CsafAdvisoryView? TryRead(string json, out string? error)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            var reader = new CsafReader(MaxBytes);
            using var parsed = reader.Parse(Encoding.UTF8.GetBytes(json));
            error = null;
            return new CsafAdvisoryView(CsafReader.ToModel(parsed.RootElement));
        }
        catch (CsafReadException e)
        {
            error = e.Message;
            return null;
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or FormatException or ArgumentException or InvalidOperationException)
        {
            // A stored document that slipped past validation must still give a page, not an error.
            error = "the document does not have the CSAF shape";
            return null;
        }
    }

    /// <summary>The CSAF file name of a tracking id (CSAF 2.0 §5.1), as the provider publishes it.</summary>
    public static string FileNameOf(string trackingId) => CsafFileName.For(trackingId);

    /// <summary>The product's name from the product tree, or its id when the tree does not name it.</summary>
    public string NameOf(string productId) => _names.TryGetValue(productId, out var name) && name.Length > 0 ? name : productId;

    /// <summary>Product names for a list of product ids and product group ids.</summary>
    public IReadOnlyList<string> NamesOf(IEnumerable<string>? productIds, IEnumerable<string>? groupIds = null)
    {
        var ids = new List<string>(productIds ?? []);
        foreach (var group in groupIds ?? [])
        {
            if (_groups.TryGetValue(group, out var members))
            {
                ids.AddRange(members);
            }
        }

        return ids.Distinct(StringComparer.Ordinal).Select(NameOf).ToList();
    }

    private void AddBranch(Branch branch, int depth)
    {
        // The reader bounds nesting already; this stops a pathological tree from recursing past it anyway.
        if (depth > 64)
        {
            return;
        }

        if (branch.Product is { } product)
        {
            _names.TryAdd(product.ProductId, product.Name);
        }

        foreach (var child in branch.Branches ?? [])
        {
            AddBranch(child, depth + 1);
        }
    }
}
