namespace OpenCityAomori.Core.Audit;

/// <summary>Permissions declared by the audit trail module that other modules ask about (the admin dashboard's recent changes).</summary>
public static class AuditPermissionNames
{
    /// <summary>View the audit trail.</summary>
    public const string ViewAuditTrail = "ViewAuditTrail";
}
