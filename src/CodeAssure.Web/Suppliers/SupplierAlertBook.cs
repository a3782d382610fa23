using CodeAssure.Data;
using CodeAssure.Data.Entities;

namespace CodeAssure.Web.Suppliers;

/// <summary>
/// Raises a supplier's alerts once per key: the keys already stored are read once per run and checked before each
/// insert, so a repeated read adds nothing (the unique index on (supplier, key) only guards against two runs racing).
/// </summary>
internal sealed class SupplierAlertBook
{
    /// <summary>The longest key stored (the column's length).</summary>
    public const int MaxKeyLength = 300;

    private readonly CodeAssureDbContext _db;
    private readonly Supplier _supplier;
    private readonly Dictionary<string, string?> _keys;
    private readonly DateTimeOffset _now;

    public SupplierAlertBook(CodeAssureDbContext db, Supplier supplier, IEnumerable<(string Key, string? Detail)> existing, DateTimeOffset now)
    {
        _db = db;
        _supplier = supplier;
        _keys = existing.GroupBy(e => e.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Detail, StringComparer.Ordinal);
        _now = now;
    }

    /// <summary>How many alerts this run raised.</summary>
    public int Raised { get; private set; }

    /// <summary>Whether an alert with <paramref name="key"/> exists (stored or raised in this run).</summary>
    public bool Has(string key) => _keys.ContainsKey(Key(key));

    /// <summary>The detail of the alert with <paramref name="key"/>, or null when there is none.</summary>
    public string? DetailOf(string key) => _keys.GetValueOrDefault(Key(key));

    /// <summary>Adds the alert unless its key exists; returns it, or null when it existed.</summary>
    public SupplierAlert? Raise(SupplierAlertKind kind, string key, string title, string? detail, string? url, Guid? productId)
    {
        var stored = Key(key);
        var clipped = detail is null ? null : Clip(detail, 4000);
        if (!_keys.TryAdd(stored, clipped))
        {
            return null;
        }

        var alert = new SupplierAlert
        {
            Id = Guid.NewGuid(),
            OrganisationId = _supplier.OrganisationId,
            SupplierId = _supplier.Id,
            SupplierProductId = productId,
            Kind = kind,
            Key = stored,
            Title = Clip(title, 500),
            Detail = clipped,
            Url = url is { Length: <= 2000 } ? url : null,
            RaisedAt = _now,
        };
        _db.SupplierAlerts.Add(alert);
        Raised++;
        return alert;
    }

    /// <summary>Cuts <paramref name="text"/> to <paramref name="length"/> characters, marking the cut.</summary>
    public static string Clip(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "\u2026";

    // A hostile feed could send ids longer than the column; the cut keeps the key stable for the same input.
    private static string Key(string key) => key.Length <= MaxKeyLength ? key : key[..MaxKeyLength];
}
