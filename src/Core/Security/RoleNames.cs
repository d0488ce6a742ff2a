using OpenCityAomori.Core.Localization;

namespace OpenCityAomori.Core.Security;

/// <summary>The roles every installation starts with.</summary>
public static class RoleNames
{
    public const string Administrator = "Administrator";
    public const string Editor = "Editor";
    public const string DeskStaff = "DeskStaff";
    public const string DepartmentStaff = "DepartmentStaff";
    public const string Auditor = "Auditor";

    public static readonly IReadOnlyDictionary<string, LocalizedText> BuiltIn = new Dictionary<string, LocalizedText>
    {
        [Administrator] = new("管理者", "Administrator"),
        [Editor] = new("コンテンツ編集者（連携推進課）", "Content editor"),
        [DeskStaff] = new("公民連携デスク職員", "Desk staff"),
        [DepartmentStaff] = new("事業担当課職員", "Department staff"),
        [Auditor] = new("監査担当（閲覧のみ）", "Auditor (read-only)"),
    };
}

public static class OcaClaimTypes
{
    public const string Permission = "Permission";
    public const string Department = "oca:department";
    public const string DisplayName = "oca:display_name";
}
