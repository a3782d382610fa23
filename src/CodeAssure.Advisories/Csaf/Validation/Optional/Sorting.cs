using System.Text.Json;

namespace CodeAssure.Advisories.Csaf.Validation.Optional;

/// <summary>CSAF 2.0 §6.2.13 Sorting.</summary>
internal sealed class Sorting : CsafTest
{
    /// <inheritdoc/>
    public override string Id => "6.2.13";

    /// <inheritdoc/>
    public override string Name => "Sorting";

    /// <inheritdoc/>
    public override IEnumerable<CsafFinding> Run(CsafTestContext context)
    {
        var pending = new Stack<(JsonElement Element, string Path)>();
        pending.Push((context.Root, ""));
        while (pending.Count > 0)
        {
            var (element, path) = pending.Pop();
            if (element.ValueKind == JsonValueKind.Object)
            {
                string? previous = null;
                foreach (var property in element.EnumerateObject())
                {
                    if (previous is not null && string.CompareOrdinal(previous, property.Name) > 0)
                    {
                        yield return Hit($"{path}/{property.Name}", $"key '{property.Name}' comes after '{previous}' but sorts before it");
                    }

                    previous = property.Name;
                    pending.Push((property.Value, $"{path}/{property.Name}"));
                }
            }
            else if (element.ValueKind == JsonValueKind.Array)
            {
                var i = 0;
                foreach (var item in element.EnumerateArray())
                {
                    pending.Push((item, $"{path}/{i++}"));
                }
            }
        }
    }
}
