using OpenCityAomori.Core.Security;

namespace OpenCityAomori.Modules.AuditTrail;

internal sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ViewAuditTrail = new("ViewAuditTrail", new("監査証跡の閲覧", "View the audit trail"));

    public IEnumerable<Permission> GetPermissions() => [ViewAuditTrail];

    public IEnumerable<DefaultRoleGrant> GetDefaultGrants() =>
    [
        new(RoleNames.Administrator, [ViewAuditTrail]),
        new(RoleNames.Auditor, [ViewAuditTrail]),
    ];
}
