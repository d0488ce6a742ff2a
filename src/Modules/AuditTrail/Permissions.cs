using OpenCityAomori.Core.Audit;
using OpenCityAomori.Core.Security;

namespace OpenCityAomori.Modules.AuditTrail;

internal sealed class Permissions : IPermissionProvider
{
    /// <summary>The names, for <see cref="AuthorizePermissionAttribute"/> attributes.</summary>
    internal static class Names
    {
        public const string ViewAuditTrail = AuditPermissionNames.ViewAuditTrail;
    }

    public static readonly Permission ViewAuditTrail = new(Names.ViewAuditTrail, new("監査証跡の閲覧", "View the audit trail"));

    public IEnumerable<Permission> GetPermissions() => [ViewAuditTrail];

    public IEnumerable<DefaultRoleGrant> GetDefaultGrants() =>
    [
        new(RoleNames.Administrator, [ViewAuditTrail]),
        new(RoleNames.Auditor, [ViewAuditTrail]),
    ];
}
