namespace CodeAssure.Web.Questionnaires;

/// <summary>What a vendor's link leads to.</summary>
internal enum QuestionnaireState
{
    /// <summary>No questionnaire has that link (or the token is malformed).</summary>
    Unknown,

    /// <summary>Waiting for the vendor's answers.</summary>
    Open,

    /// <summary>Already answered; a link is answered once.</summary>
    Submitted,

    /// <summary>Past its expiry.</summary>
    Expired,

    /// <summary>Withdrawn by the sender.</summary>
    Withdrawn,
}
