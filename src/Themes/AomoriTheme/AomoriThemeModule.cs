using OpenCityAomori.Core.Modules;

namespace OpenCityAomori.Themes.AomoriTheme;

/// <summary>The public theme of the Aomori portal: layout, header, footer, styles.</summary>
public sealed class AomoriThemeModule : ModuleBase
{
    public override ModuleManifest Manifest { get; } = new(
        "AomoriTheme",
        new("青森テーマ", "Aomori theme"),
        new("公開サイトのデザイン。", "The public site's design."),
        "Theme",
        [],
        AlwaysEnabled: true);
}
