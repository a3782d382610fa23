namespace CodeAssure.Data.Entities;

/// <summary>Who can see an organisation's trust portal.</summary>
public enum PortalVisibility
{
    /// <summary>Signed-in members of the organisation only (customers included): the default.</summary>
    CustomersOnly = 0,

    /// <summary>Anyone.</summary>
    Public = 1,
}
