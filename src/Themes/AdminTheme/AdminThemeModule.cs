using OpenCityAomori.Core.Modules;

namespace OpenCityAomori.Themes.AdminTheme;

/// <summary>The admin theme: navigation, header, flash messages, styles for staff screens.</summary>
public sealed class AdminThemeModule : ModuleBase
{
    public override ModuleManifest Manifest { get; } = new(
        "AdminTheme",
        new("管理画面テーマ", "Admin theme"),
        new("管理画面のデザイン。", "The admin screens' design."),
        "Theme",
        [],
        AlwaysEnabled: true);
}
