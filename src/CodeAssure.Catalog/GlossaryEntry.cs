namespace CodeAssure.Catalog;

/// <summary>A term of the Code's glossary (Table 3).</summary>
/// <param name="Term">The term as the Code spells it.</param>
/// <param name="Definition">The Code's definition.</param>
public sealed record GlossaryEntry(string Term, string Definition);
