namespace OpenCityAomori.Benchmarks.Corpus;

/// <summary>Words of the desk's domain (the seed document's vocabulary), most frequent first.</summary>
internal static class Vocabulary
{
    public static readonly string[] JapaneseNouns =
    [
        "公民連携", "実証実験", "青森市", "民間事業者", "地域課題", "連携協定", "市民", "観光", "まちづくり", "中心市街地",
        "データ", "DX", "子育て", "高齢者", "除雪", "脱炭素", "再生可能エネルギー", "公共施設", "商工会議所", "大学",
        "AIカメラ", "歩行者通行量", "ねぶた", "アップサイクル", "廃材", "アート作品", "図書館", "公園", "指定管理者制度", "PFI",
        "ネーミングライツ", "広告事業", "企業版ふるさと納税", "公有財産", "ワークショップ", "スタートアップ", "地域経済", "雇用", "防災", "避難所",
        "健康づくり", "医療", "介護", "交通", "バス路線", "自転車", "シェアサイクル", "駐車場", "空き家", "移住",
        "農業", "りんご", "ホタテ", "水産業", "八甲田", "浅虫温泉", "三内丸山遺跡", "雪国", "冬季", "融雪",
        "ドローン", "センサー", "オープンデータ", "キャッシュレス", "行政手続", "窓口", "電子申請", "職員", "研修", "人材育成",
        "教育", "小学校", "中学校", "部活動", "図書", "文化", "スポーツ", "イベント", "祭り", "国際交流",
        "環境", "ごみ減量", "リサイクル", "プラスチック", "森林", "河川", "上下水道", "道路", "橋梁", "インフラ",
        "財源", "予算", "費用対効果", "成果指標", "効果検証", "アンケート", "市民参加", "対話", "提案", "募集",
    ];

    public static readonly string[] JapaneseVerbs =
    [
        "を実施しました", "に取り組んでいます", "を検証します", "を募集しています", "と連携しました", "を改善しました", "を支援します",
        "について協議しました", "を導入しました", "を提案しました", "の課題を整理しました", "の効果を測定しました", "を共有しました",
    ];

    public static readonly string[] JapaneseLinks = ["の", "と", "による", "を活用した", "に関する", "のための", "における"];

    public static readonly string[] JapaneseOpeners = ["本市では、", "令和5年度は、", "この取組では、", "今後は、", "事業者の提案により、", "地域の皆さんと、", ""];

    public static readonly string[] EnglishNouns =
    [
        "partnership", "pilot", "city", "business", "experiment", "citizens", "tourism", "community", "downtown", "data",
        "digital", "childcare", "elderly", "snow", "removal", "carbon", "energy", "facility", "chamber", "university",
        "camera", "pedestrian", "festival", "upcycling", "artwork", "library", "park", "management", "finance", "naming",
        "rights", "advertising", "donation", "property", "workshop", "startup", "economy", "employment", "disaster", "shelter",
        "health", "medical", "care", "transport", "bus", "bicycle", "parking", "housing", "migration", "agriculture",
        "apple", "scallop", "fishery", "winter", "drone", "sensor", "cashless", "procedure", "counter", "training",
        "education", "school", "culture", "sports", "event", "exchange", "environment", "waste", "recycling", "forest",
        "river", "water", "road", "bridge", "infrastructure", "budget", "outcome", "indicator", "evaluation", "survey",
    ];

    public static readonly string[] EnglishVerbs = ["ran", "tested", "improved", "supported", "launched", "measured", "shared", "proposed", "evaluated", "introduced"];

    public static readonly string[] Municipalities =
    [
        "青森市", "弘前市", "八戸市", "仙台市", "盛岡市", "秋田市", "札幌市", "函館市", "横浜市", "神戸市",
        "福岡市", "北九州市", "浜松市", "つくば市", "会津若松市", "前橋市", "渋谷区", "大阪市", "広島市", "熊本市",
    ];

    public static readonly string[] Departments =
    [
        "環境部清掃管理課", "経済部商工労働課", "都市整備部道路維持課", "福祉部子育て支援課", "総務部情報政策課",
        "交流推進部観光課", "教育委員会生涯学習課", "企画部連携推進課", "市民生活部防災課", "農林水産部農業政策課",
    ];

    public static readonly string[] Tags =
    [
        "AI", "DX", "観光", "子育て", "環境", "防災", "交通", "教育", "福祉", "データ活用",
        "脱炭素", "スタートアップ", "雪対策", "健康", "文化", "農業", "水産", "公共施設", "地域経済", "オープンデータ",
    ];
}
