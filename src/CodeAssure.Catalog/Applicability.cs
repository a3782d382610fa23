namespace CodeAssure.Catalog;

/// <summary>How far a theme's principles apply to an organisation in a given stakeholder role (Table 1 of the Code).</summary>
public enum Applicability
{
    /// <summary>The principles do not fall within this role's responsibility.</summary>
    NotApplicable,

    /// <summary>The principles apply only where they fall within the scope of the organisation's responsibility;
    /// the organisation decides, and a self-assessment records the decision.</summary>
    WhereInScope,

    /// <summary>The principles apply in full.</summary>
    Applies,
}
