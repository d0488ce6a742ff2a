using System.Globalization;

namespace OpenCityAomori.Modules.Partnership.Services;

internal static class AgreementRoutes
{
    public const string AdminList = "/admin/partnership/agreements";

    public const string Export = AdminList + "/export.csv";

    public static string Admin(long id) => AdminList + "/" + id.ToString(CultureInfo.InvariantCulture);

    public static string ProposalAdmin(long proposalId) => "/admin/proposals/" + proposalId.ToString(CultureInfo.InvariantCulture);
}
