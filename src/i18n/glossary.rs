//! The glossary: every term the calculator uses, named and defined in English, 简体中文
//! and 繁體中文, as static data.
//!
//! The names are the course words of shared/TERMS.md (简体 as in the mainland texts,
//! 繁體 in Taiwan usage as in the encyclopedia entry), the same words the interface tables
//! use; the definitions follow the domain brief (shared/DOMAIN.md). Each term records where
//! its definition comes from, one of the five source texts or the standard formula, so the
//! page can cite it. Keys are stable: figures link to `id="term-<key>"`.

use super::Lang;

/// Where a term's definition comes from: one of the five source texts (DOMAIN.md,
/// Sources; 1–5), or the standard CRM formula the brief gives (0).
pub type Source = u8;

/// A term: its stable key (for `id="term-<key>"` links), its name in each language,
/// its definition in each language, and its source.
pub struct Term {
    pub key: &'static str,
    /// English, 简体中文, 繁體中文 — in `Lang::ALL` order.
    pub names: [&'static str; 3],
    /// The definition in each language, in `Lang::ALL` order: one or two sentences, with
    /// the formula where there is one.
    pub definitions: [&'static str; 3],
    pub source: Source,
}

impl Term {
    /// The term's name in `lang`.
    pub fn name(&self, lang: Lang) -> &'static str {
        self.names[index(lang)]
    }

    /// The term's definition in `lang`.
    pub fn definition(&self, lang: Lang) -> &'static str {
        self.definitions[index(lang)]
    }
}

/// The position of `lang` in `Lang::ALL`, which orders `names` and `definitions`.
fn index(lang: Lang) -> usize {
    match lang {
        Lang::En => 0,
        Lang::ZhHans => 1,
        Lang::ZhHant => 2,
    }
}

/// The term with `key`.
pub fn find(key: &str) -> Option<&'static Term> {
    TERMS.iter().find(|t| t.key == key)
}

/// Every term, in the order of the calculator's sections. A `static`, not a `const`, so
/// that [`find`] hands out references into one table.
/// The glossary term a result (`data-result` name) is an instance of, for the link beside
/// its label.
pub fn term_for_result(name: &str) -> Option<&'static str> {
    let key = match name {
        "lost_customers" | "retained_customers" | "retention_rate" | "churn_rate"
        | "net_growth_rate" | "cac" | "crc" | "cost_ratio" | "replacement_cost" | "churn_burn"
        | "clv_to_cac" => name,
        "avg_lifetime_periods" => "avg_lifetime",
        "churn_rate_month" | "churn_rate_quarter" | "churn_rate_year" => "period_conversion",
        "churn_rate_start_plus_new" | "churn_rate_average" => "denominators",
        "keep_cost" => "crc",
        "refill_spend" | "refill_share" => "funnel_principle",
        "referrals_lost" | "referrals_lost_value" => "referral_effect",
        "wom_customers_lost" | "wom_value" => "word_of_mouth",
        "pareto_80_count" => "pareto",
        "controllable_share" => "controllable_churn",
        "lost_value_total" => "churn_causes",
        "winback_won" => "success_rate",
        "winback_cost" => "contact_cost",
        "winback_benefit" => "repurchase_benefit",
        "winback_roi" => "roi",
        "winback_bc_ratio" => "bc_ratio",
        "winback_break_even_rate" => "break_even_rate",
        "ceiling_customers" | "improved_ceiling_customers" | "periods_to_90pct" => "ceiling",
        "customers_at_horizon"
        | "revenue_at_horizon"
        | "improved_customers_at_horizon"
        | "improved_revenue_at_horizon" => "projection",
        "clv_simple"
        | "clv_end_of_period"
        | "clv_start_of_period"
        | "clv_finite"
        | "retention_point_value" => "clv",
        "payback_periods" => "payback",
        "sensitivity_top_driver" => "sensitivity",
        _ => return None,
    };
    find(key).map(|t| t.key)
}

pub static TERMS: [Term; 56] = [
    // Retention and churn.
    Term {
        key: "customer_retention",
        names: ["Customer retention", "客户保持", "客戶保留"],
        definitions: [
            "Keeping existing customers buying and the relationship with them alive, rather than replacing them with new ones. Keeping a customer costs far less than winning one, and the retention rate measures how well it works.",
            "企业维持与现有客户的关系、使其持续购买，而不是不断用新客户替补。保持老客户的成本远低于获取新客户，效果用客户保持率衡量。",
            "企業維持與現有客戶的關係、使其持續購買，而不是不斷以新客戶替補。保留老客戶的成本遠低於取得新客戶，成效以客戶保留率衡量。",
        ],
        source: 2,
    },
    Term {
        key: "customer_churn",
        names: ["Customer churn", "客户流失", "客戶流失"],
        definitions: [
            "Existing customers ending their relationship with the firm: they stop buying or move to a competitor. The churn rate measures it.",
            "现有客户终止与企业的关系：不再购买，或转向竞争对手。用客户流失率衡量。",
            "現有客戶終止與企業的關係：不再購買，或轉向競爭對手。以客戶流失率衡量。",
        ],
        source: 4,
    },
    Term {
        key: "period",
        names: ["Period", "周期", "週期"],
        definitions: [
            "The month, quarter or year over which the customers are counted. Every rate, margin and discount rate belongs to a period, and those combined in one formula must share it.",
            "统计客户数的时间段：月、季度或年。每个比率、毛利和折现率都对应某个周期，同一公式中的各项必须使用同一周期。",
            "統計客戶數的時間區段：月、季或年。每個比率、毛利與折現率都對應某個週期，同一公式中的各項必須使用同一週期。",
        ],
        source: 0,
    },
    Term {
        key: "start_customers",
        names: [
            "Customers at the start of the period",
            "期初客户数",
            "期初客戶數",
        ],
        definitions: [
            "S, the customers at the start of the period: the base of the retention and churn rates. The course chapter calls it the number of buying customers.",
            "S，本期开始时的客户数，是客户保持率和客户流失率的基数。教材中称为“消费人数”。",
            "S，本期開始時的客戶數，是客戶保留率與客戶流失率的基數。教材中稱為「消費人數」。",
        ],
        source: 4,
    },
    Term {
        key: "new_customers",
        names: ["New customers in the period", "新增客户数", "新增客戶數"],
        definitions: [
            "N, the customers acquired during the period. They are left out of the retention rate: CRR = (E − N) ÷ S.",
            "N，本期内新获得的客户数。计算客户保持率时要先减去：CRR = (E − N) ÷ S。",
            "N，本期內新獲得的客戶數。計算客戶保留率時要先扣除：CRR = (E − N) ÷ S。",
        ],
        source: 0,
    },
    Term {
        key: "end_customers",
        names: [
            "Customers at the end of the period",
            "期末客户数",
            "期末客戶數",
        ],
        definitions: [
            "E, the customers at the end of the period: E = S + N − L.",
            "E，本期结束时的客户数：E = S + N − L。",
            "E，本期結束時的客戶數：E = S + N − L。",
        ],
        source: 0,
    },
    Term {
        key: "lost_customers",
        names: ["Lost customers", "流失客户数", "流失客戶數"],
        definitions: [
            "L, the customers who stopped buying during the period, new ones included: L = S + N − E. It can never exceed S + N.",
            "L，本期内不再购买的客户数（包括本期新增后又流失的客户）：L = S + N − E，不可能超过 S + N。",
            "L，本期內不再購買的客戶數（包括本期新增後又流失的客戶）：L = S + N − E，不可能超過 S + N。",
        ],
        source: 0,
    },
    Term {
        key: "retained_customers",
        names: ["Retained customers", "保持客户数", "保留客戶數"],
        definitions: [
            "The customers of the start of the period who are still customers at its end: S − L = E − N.",
            "期初客户中到期末仍然保持的客户数：S − L = E − N。",
            "期初客戶中到期末仍然留下的客戶數：S − L = E − N。",
        ],
        source: 0,
    },
    Term {
        key: "retention_rate",
        names: ["Retention rate", "客户保持率", "客戶保留率"],
        definitions: [
            "The share of the customers at the start of a period who are still customers at its end: CRR = (E − N) ÷ S = 1 − CR. The course chapter writes it as retained customers ÷ buying customers.",
            "期初客户中到期末仍然保持的比例：CRR = (E − N) ÷ S = 1 − CR。教材写作：客户保持率 = 客户保持数 ÷ 消费人数。",
            "期初客戶中到期末仍然留下的比例：CRR = (E − N) ÷ S = 1 − CR。教材寫作：客戶保留率 = 客戶保留數 ÷ 消費人數。",
        ],
        source: 4,
    },
    Term {
        key: "churn_rate",
        names: ["Churn rate", "客户流失率", "客戶流失率"],
        definitions: [
            "The share of the customers at the start of a period who are lost during it: CR = L ÷ S = 1 − CRR. Every churn rate belongs to a period: per month, quarter or year.",
            "期初客户中在本期内流失的比例：CR = L ÷ S = 1 − CRR。流失率总是对应某个周期：每月、每季度或每年。",
            "期初客戶中在本期內流失的比例：CR = L ÷ S = 1 − CRR。流失率一定對應某個週期：每月、每季或每年。",
        ],
        source: 4,
    },
    Term {
        key: "avg_lifetime",
        names: [
            "Average customer lifetime",
            "客户平均生命周期",
            "客戶平均生命週期",
        ],
        definitions: [
            "How many periods a customer stays on average: 1 ÷ CR. At 12% churn a month, about 8.33 months.",
            "客户平均保持的期数：1 ÷ CR。例如每月流失率为 12%，客户平均生命周期约为 8.33 个月。",
            "客戶平均留下的期數：1 ÷ CR。例如每月流失率為 12%，客戶平均生命週期約為 8.33 個月。",
        ],
        source: 0,
    },
    Term {
        key: "net_growth_rate",
        names: ["Net growth rate", "净增长率", "淨成長率"],
        definitions: [
            "How much the customer base grew over the period: (E − S) ÷ S. It can be positive while churn is high, as long as new customers outnumber the lost.",
            "本期客户规模的增长幅度：(E − S) ÷ S。即使流失率很高，只要新增客户多于流失客户，净增长率仍为正数。",
            "本期客戶規模的成長幅度：(E − S) ÷ S。即使流失率很高，只要新增客戶多於流失客戶，淨成長率仍為正數。",
        ],
        source: 0,
    },
    Term {
        key: "period_conversion",
        names: [
            "Converting a rate to another period",
            "流失率的周期换算",
            "流失率的週期換算",
        ],
        definitions: [
            "Churn compounds: over k periods it is 1 − (1 − CR)^k, and back to one period 1 − (1 − CR)^(1/k). Dividing a yearly rate by 12 is a common mistake: 46% a year is 5% a month, not 3.8%.",
            "流失率按复利换算：k 个周期的流失率为 1 − (1 − CR)^k，反过来换算为 1 − (1 − CR)^(1/k)。把年流失率直接除以 12 是常见的错误：年流失率 46% 相当于每月 5%，而不是 3.8%。",
            "流失率按複利換算：k 個週期的流失率為 1 − (1 − CR)^k，反過來換算為 1 − (1 − CR)^(1/k)。把年流失率直接除以 12 是常見的錯誤：年流失率 46% 相當於每月 5%，而不是 3.8%。",
        ],
        source: 0,
    },
    Term {
        key: "denominators",
        names: [
            "Churn denominators",
            "流失率的基数",
            "流失率的基數",
        ],
        definitions: [
            "The same churn can be divided by the start count, L ÷ S (the course and most tools), by everyone served, L ÷ (S + N) (some billing systems), or by the average, L ÷ ((S + E) ÷ 2) (some analytics books). They answer different questions, so the results differ, and the average breaks down under fast growth.",
            "同样的流失客户数，可以除以期初客户数 L ÷ S（课程教材和多数工具采用），除以本期服务过的全部客户 L ÷ (S + N)（部分计费系统采用），或除以期初与期末的平均数 L ÷ ((S + E) ÷ 2)（部分分析类书籍采用）。三者回答的问题不同，结果也不同；客户规模变化很快时，以平均数为基数会失真。",
            "同樣的流失客戶數，可以除以期初客戶數 L ÷ S（課程教材與多數工具採用），除以本期服務過的全部客戶 L ÷ (S + N)（部分計費系統採用），或除以期初與期末的平均數 L ÷ ((S + E) ÷ 2)（部分分析類書籍採用）。三者回答的問題不同，結果也不同；客戶規模變化很快時，以平均數為基數會失真。",
        ],
        source: 0,
    },
    // What churn costs.
    Term {
        key: "acquisition_spend",
        names: ["Acquisition spend", "获客投入", "獲客支出"],
        definitions: [
            "The marketing and sales money spent in the period to win new customers; divided by N it gives CAC.",
            "本期为赢得新客户所花的营销与销售费用；除以 N 即得客户获取成本。",
            "本期為贏得新客戶所花的行銷與銷售費用；除以 N 即得客戶取得成本。",
        ],
        source: 0,
    },
    Term {
        key: "retention_spend",
        names: ["Retention spend", "客户保持投入", "客戶保留支出"],
        definitions: [
            "The money spent in the period on keeping existing customers: service, loyalty programmes, customer care. Divided by the retained customers it gives CRC.",
            "本期为保持现有客户所花的费用：服务、忠诚计划、客户关怀等。除以保持客户数即得客户保持成本。",
            "本期為保留現有客戶所花的費用：服務、忠誠計畫、客戶關懷等。除以保留客戶數即得客戶保留成本。",
        ],
        source: 0,
    },
    Term {
        key: "cac",
        names: [
            "Customer acquisition cost (CAC)",
            "客户获取成本",
            "客戶取得成本",
        ],
        definitions: [
            "What winning one new customer costs: CAC = acquisition spend ÷ N.",
            "赢得一位新客户的平均花费：CAC = 获客投入 ÷ N。",
            "贏得一位新客戶的平均花費：CAC = 獲客支出 ÷ N。",
        ],
        source: 0,
    },
    Term {
        key: "crc",
        names: [
            "Customer retention cost (CRC)",
            "客户保持成本",
            "客戶保留成本",
        ],
        definitions: [
            "What keeping one customer costs: CRC = retention spend ÷ retained customers (S − L).",
            "保持一位客户的平均花费：CRC = 客户保持投入 ÷ 保持客户数（S − L）。",
            "保留一位客戶的平均花費：CRC = 客戶保留支出 ÷ 保留客戶數（S − L）。",
        ],
        source: 0,
    },
    Term {
        key: "cost_ratio",
        names: ["Cost ratio", "成本倍数", "成本倍數"],
        definitions: [
            "How many times more winning a new customer costs than keeping one: CAC ÷ CRC. The texts put it at 5–10× (text 1), 5× (texts 2 and 3) and 6× (text 5).",
            "获取一位新客户的成本是保持一位老客户的多少倍：CAC ÷ CRC。文献给出的基准为 5–10 倍（文献1）、5 倍（文献2、3）和 6 倍（文献5）。",
            "取得一位新客戶的成本是保留一位老客戶的幾倍：CAC ÷ CRC。文獻提出的基準為 5–10 倍（文獻1）、5 倍（文獻2、3）與 6 倍（文獻5）。",
        ],
        source: 1,
    },
    Term {
        key: "replacement_cost",
        names: [
            "Cost of replacing lost customers",
            "替补流失客户的成本",
            "替補流失客戶的成本",
        ],
        definitions: [
            "What acquiring substitutes for this period's lost customers costs: L × CAC. Keeping them would have cost L × CRC.",
            "为本期流失的客户找到替补所需的获取成本：L × CAC；而保持他们只需 L × CRC。",
            "為本期流失的客戶找到替補所需的取得成本：L × CAC；而保留他們只需 L × CRC。",
        ],
        source: 0,
    },
    Term {
        key: "churn_burn",
        names: ["What churn burns", "客户流失造成的损失", "客戶流失造成的損失"],
        definitions: [
            "The money spent replacing lost customers instead of keeping them: L × CAC − L × CRC. The acquisition spend that only refills the bucket, min(L, N) × CAC, buys no growth: the firm is running to stand still.",
            "替补而不是保持流失客户所多花的钱：L × CAC − L × CRC。只为填补流失的获客投入 min(L, N) × CAC 不会带来任何增长：企业疲于奔命，却只是原地踏步。",
            "替補而不是保留流失客戶所多花的錢：L × CAC − L × CRC。只為填補流失的獲客支出 min(L, N) × CAC 不會帶來任何成長：企業疲於奔命，卻只是原地踏步。",
        ],
        source: 3,
    },
    Term {
        key: "funnel_principle",
        names: [
            "The funnel principle (leaky bucket)",
            "漏斗原理",
            "漏斗原理",
        ],
        definitions: [
            "A firm that loses 100 customers a week and wins 100 new ones looks flat, yet pays far more to refill the funnel than keeping those customers would have cost. To grow, plug the leak rather than pour in more.",
            "企业一周流失 100 位客户，同时又获得 100 位新客户，表面上业务没有变化，实际上为填补漏洞付出的代价远高于保持这些客户。要增长，先要堵住漏洞，而不是一味往里倒。",
            "企業一週流失 100 位客戶，同時又獲得 100 位新客戶，表面上業務沒有變化，實際上為填補漏洞付出的代價遠高於保留這些客戶。要成長，先要堵住漏洞，而不是一味往裡倒。",
        ],
        source: 3,
    },
    Term {
        key: "referral_effect",
        names: [
            "Referral by existing customers",
            "老客户推荐",
            "老客戶推薦",
        ],
        definitions: [
            "New customers who come on the recommendation of existing ones: 60% of new customers come this way, so each lost customer also takes the referrals they would have brought.",
            "由现有客户推荐而来的新客户：60% 的新客户来自老客户推荐，因此每流失一位客户，也就失去了他本会带来的推荐。",
            "由現有客戶推薦而來的新客戶：60% 的新客戶來自老客戶推薦，因此每流失一位客戶，也就失去了他原本會帶來的推薦。",
        ],
        source: 1,
    },
    Term {
        key: "referral_rate",
        names: [
            "Referral rate (ρ)",
            "老客户推荐率",
            "老客戶推薦率",
        ],
        definitions: [
            "ρ, the new customers each existing customer brings by recommendation per period. In the projection it offsets churn: the net loss rate is CR − ρ.",
            "ρ，每位现有客户每期通过推荐带来的新客户数。在预测中它抵消一部分流失：净流失率为 CR − ρ。",
            "ρ，每位現有客戶每期透過推薦帶來的新客戶數。在預測中它抵銷一部分流失：淨流失率為 CR − ρ。",
        ],
        source: 0,
    },
    Term {
        key: "word_of_mouth",
        names: ["Word of mouth", "口碑效应", "口碑效應"],
        definitions: [
            "What customers tell others: one satisfied customer brings 8 potential deals, at least one of which closes, and one dissatisfied customer sways 25 people.",
            "客户之间的口耳相传：一位满意的客户会带来 8 笔潜在交易，其中至少成交一笔；一位不满意的客户会影响 25 个人。",
            "客戶之間的口耳相傳：一位滿意的客戶會帶來 8 筆潛在交易，其中至少成交一筆；一位不滿意的客戶會影響 25 個人。",
        ],
        source: 3,
    },
    // Why customers leave.
    Term {
        key: "churn_causes",
        names: ["Churn causes", "客户流失原因", "客戶流失原因"],
        definitions: [
            "Why customers leave. Text 1 splits them into price 15%, product quality 15% and service 70%; text 4 names eight factors and text 5 six types of lost customer.",
            "客户离开的原因。文献1的划分为：价格 15%、产品质量 15%、服务 70%；文献4列出八类流失因素，文献5分为六类流失客户。",
            "客戶離開的原因。文獻1的劃分為：價格 15%、產品品質 15%、服務 70%；文獻4列出八類流失因素，文獻5分為六類流失客戶。",
        ],
        source: 1,
    },
    Term {
        key: "pareto",
        names: ["Pareto analysis", "帕累托分析", "柏拉圖分析"],
        definitions: [
            "The causes sorted from largest to smallest, with a cumulative line, to find the few that make up 80% of churn and deal with them first.",
            "把流失原因从大到小排列，并画出累计比例线，找出造成 80% 流失的少数几个原因，优先解决。",
            "把流失原因由大到小排列，並畫出累計比例線，找出造成 80% 流失的少數幾個原因，優先解決。",
        ],
        source: 0,
    },
    Term {
        key: "controllable_churn",
        names: ["Controllable churn", "可控流失", "可控流失"],
        definitions: [
            "The share of churn the firm could have prevented: 1 − the share of uncontrollable causes (involuntary churn, migrated customers).",
            "企业本可避免的流失所占的比例：1 − 不可控原因（非自愿流失、迁移客户）的比例。",
            "企業原可避免的流失所佔的比例：1 − 不可控原因（非自願流失、遷移客戶）的比例。",
        ],
        source: 0,
    },
    Term {
        key: "involuntary_churn",
        names: ["Involuntary churn", "非自愿流失", "非自願流失"],
        definitions: [
            "Customers lost because the customer or the firm moves away: normal churn the firm cannot control, one of the eight factors of churn.",
            "因客户或企业迁移而造成的流失，属于正常的、企业无法控制的流失，是八类流失因素之一。",
            "因客戶或企業遷移而造成的流失，屬於正常、企業無法控制的流失，是八類流失因素之一。",
        ],
        source: 4,
    },
    Term {
        key: "lost_customer_types",
        names: ["Lost-customer types", "流失客户类型", "流失客戶類型"],
        definitions: [
            "Six kinds of lost customer: deliberately pushed away (never win back), unintentionally pushed away (the prime target), pulled away by a competitor (win back if valuable), bought away (rarely worth it), unintentionally left (a target) and migrated (not recoverable).",
            "流失客户分为六类：有意推走的客户（不要挽回）、无意推走的客户（首要挽回对象）、被拉走的客户（价值高则挽回）、被收买的客户（通常不值得挽回）、无意离去的客户（挽回对象）和迁移客户（无法挽回）。",
            "流失客戶分為六類：有意推走的客戶（不要挽回）、無意推走的客戶（首要挽回對象）、被拉走的客戶（價值高則挽回）、被收買的客戶（通常不值得挽回）、無意離去的客戶（挽回對象）與遷移客戶（無法挽回）。",
        ],
        source: 5,
    },
    // Win-back.
    Term {
        key: "winback",
        names: [
            "Winning back lost customers",
            "流失客户挽回",
            "流失客戶挽回",
        ],
        definitions: [
            "Restoring the relationship with lost customers in four steps: analyse each one's value and cause of loss, segment first by value and then by cause, act through personal contact and targeted offers, and evaluate costs against benefits.",
            "恢复与流失客户的关系，分四个步骤：分析每位流失客户的价值和流失原因；先按价值、再按原因细分；通过亲自沟通和有针对性的优惠采取行动；最后比较成本与收益进行评估。",
            "恢復與流失客戶的關係，分四個步驟：分析每位流失客戶的價值與流失原因；先依價值、再依原因區隔；透過親自溝通與有針對性的優惠採取行動；最後比較成本與收益進行評估。",
        ],
        source: 5,
    },
    Term {
        key: "value_tiers",
        names: ["Value tiers", "价值层次", "價值層級"],
        definitions: [
            "Lost customers ranked by their value: important-value customers, pursue hard; ordinary customers, case by case; small customers, mostly give up.",
            "按价值给流失客户分层：重要价值客户极力挽回，普通客户见机行事，小客户基本放弃。",
            "依價值將流失客戶分級：重要價值客戶極力挽回，普通客戶見機行事，小客戶大多放棄。",
        ],
        source: 4,
    },
    Term {
        key: "success_rate",
        names: ["Win-back success rate", "挽回成功率", "挽回成功率"],
        definitions: [
            "The share of the lost customers contacted who come back: won back = lost customers × success rate. Talking to lost customers wins back about 30% of them.",
            "被联系的流失客户中重新回来的比例：挽回客户数 = 流失客户数 × 挽回成功率。与流失客户沟通，大约能挽回其中 30%。",
            "被聯繫的流失客戶中重新回來的比例：挽回客戶數 = 流失客戶數 × 挽回成功率。與流失客戶溝通，大約能挽回其中 30%。",
        ],
        source: 2,
    },
    Term {
        key: "contact_cost",
        names: ["Contact cost", "沟通成本", "溝通成本"],
        definitions: [
            "What approaching one lost customer costs, whether or not they come back: staff time, calls and allocated overhead, counted for every customer contacted.",
            "联系一位流失客户的花费，无论其是否回来：包括人员费用、通讯费和间接成本分摊，按每位联系的客户计算。",
            "聯繫一位流失客戶的花費，無論對方是否回來：包括人員費用、通訊費與間接成本分攤，按每位聯繫的客戶計算。",
        ],
        source: 5,
    },
    Term {
        key: "offer_cost",
        names: ["Offer cost", "优惠成本", "優惠成本"],
        definitions: [
            "The discounts and gifts given to each customer who comes back. A targeted offer must not become a reason for loyal customers to leave.",
            "给每位挽回客户的折扣和礼品等优惠。有针对性的优惠不能让忠诚客户觉得流失反而有利。",
            "給每位挽回客戶的折扣與贈品等優惠。有針對性的優惠不能讓忠誠客戶覺得流失反而有利。",
        ],
        source: 5,
    },
    Term {
        key: "repurchase_benefit",
        names: ["Repurchase benefit", "客户重购收益", "客戶重購收益"],
        definitions: [
            "The margin won-back customers bring while the restored relationship lasts: won back × m × expected periods, optionally discounted at d per period.",
            "挽回客户在恢复关系期间带来的毛利：挽回客户数 × m × 预期期数，可按每期折现率 d 折现。",
            "挽回客戶在恢復關係期間帶來的毛利：挽回客戶數 × m × 預期期數，可按每期折現率 d 折現。",
        ],
        source: 5,
    },
    Term {
        key: "avoided_replacement",
        names: [
            "Avoided replacement",
            "避免替补流失客户的收益",
            "避免替補流失客戶的收益",
        ],
        definitions: [
            "Each customer won back need not be replaced by a new one: won back × CAC.",
            "每挽回一位客户，就省去获取一位替补客户的成本：挽回客户数 × CAC。",
            "每挽回一位客戶，就省去取得一位替補客戶的成本：挽回客戶數 × CAC。",
        ],
        source: 5,
    },
    Term {
        key: "communication_benefit",
        names: ["Communication benefit", "沟通促销收益", "溝通促銷收益"],
        definitions: [
            "The negative word of mouth a won-back customer no longer spreads: won back × people swayed × the share of them who would have become customers × margin. By default 25 people, one in 8 of whom buys (text 3).",
            "挽回的客户不再传播负面口碑所带来的收益：挽回客户数 × 受影响人数 × 其中会成为客户的比例 × 毛利。默认为 25 人，每 8 人中有一人成交（文献3）。",
            "挽回的客戶不再散播負面口碑所帶來的收益：挽回客戶數 × 受影響人數 × 其中會成為客戶的比例 × 毛利。預設為 25 人，每 8 人中有一人成交（文獻3）。",
        ],
        source: 5,
    },
    Term {
        key: "information_benefit",
        names: ["Information benefit", "信息收益", "資訊收益"],
        definitions: [
            "What the firm gains by learning from lost customers what went wrong and fixing it, entered as an amount.",
            "企业从流失客户那里了解自身问题并加以改进所得的收益，以金额输入。",
            "企業從流失客戶身上了解自身問題並加以改善所得的收益，以金額輸入。",
        ],
        source: 5,
    },
    Term {
        key: "roi",
        names: ["Return on investment (ROI)", "投资回报率", "投資報酬率"],
        definitions: [
            "Win-back ROI = (total benefit − total cost) ÷ total cost. A German empirical study found it from 41% (financial services) to 102% (automotive).",
            "挽回的投资回报率 = (总收益 − 总成本) ÷ 总成本。德国的一项实证研究发现，挽回的投资回报率从 41%（金融服务业）到 102%（汽车业）不等。",
            "挽回的投資報酬率 = (總收益 − 總成本) ÷ 總成本。德國的一項實證研究發現，挽回的投資報酬率從 41%（金融服務業）到 102%（汽車業）不等。",
        ],
        source: 5,
    },
    Term {
        key: "bc_ratio",
        names: ["Benefit–cost ratio", "收益成本比", "收益成本比"],
        definitions: [
            "Total benefit ÷ total cost; ROI is this ratio minus 1.",
            "总收益 ÷ 总成本；投资回报率等于收益成本比减 1。",
            "總收益 ÷ 總成本；投資報酬率等於收益成本比減 1。",
        ],
        source: 0,
    },
    Term {
        key: "break_even_rate",
        names: [
            "Break-even success rate",
            "盈亏平衡挽回成功率",
            "損益兩平挽回成功率",
        ],
        definitions: [
            "The success rate at which win-back ROI = 0: (customers contacted × contact cost − information benefit) ÷ (customers contacted × (benefit per won-back customer − offer cost)). Above it, winning back pays.",
            "使挽回的投资回报率为 0 的挽回成功率：（联系客户数 × 沟通成本 − 信息收益）÷（联系客户数 × （每位挽回客户的收益 − 优惠成本））。成功率高于此值，挽回才有回报。",
            "使挽回的投資報酬率為 0 的挽回成功率：（聯繫客戶數 × 溝通成本 − 資訊收益）÷（聯繫客戶數 × （每位挽回客戶的收益 − 優惠成本））。成功率高於此值，挽回才有報酬。",
        ],
        source: 0,
    },
    // The leaky bucket over time.
    Term {
        key: "projection",
        names: ["Projection", "预测", "預測"],
        definitions: [
            "The customer count period by period: P(t + 1) = P(t) × (1 − CR) + N + ρ × P(t), with N the new customers per period. It approaches the ceiling.",
            "按期推算客户数：P(t + 1) = P(t) × (1 − CR) + N + ρ × P(t)，N 为每期新增客户数。客户数会逐渐趋近上限。",
            "逐期推算客戶數：P(t + 1) = P(t) × (1 − CR) + N + ρ × P(t)，N 為每期新增客戶數。客戶數會逐漸趨近上限。",
        ],
        source: 0,
    },
    Term {
        key: "ceiling",
        names: [
            "Customer-base ceiling (steady state)",
            "客户规模上限（稳态）",
            "客戶規模上限（穩態）",
        ],
        definitions: [
            "The size a base with constant churn cannot grow past, where the customers lost each period equal those won: N ÷ CR, or N ÷ (CR − ρ) with referrals. When ρ ≥ CR there is none: the base grows without bound.",
            "流失率不变时客户数无法超越的规模，此时每期流失的客户数等于获得的客户数：上限 = N ÷ CR，计入老客户推荐时为 N ÷ (CR − ρ)。若 ρ ≥ CR，则没有上限，客户数会无限增长。",
            "流失率不變時客戶數無法超越的規模，此時每期流失的客戶數等於獲得的客戶數：上限 = N ÷ CR，計入老客戶推薦時為 N ÷ (CR − ρ)。若 ρ ≥ CR，則沒有上限，客戶數會無限成長。",
        ],
        source: 0,
    },
    // What a customer is worth.
    Term {
        key: "margin",
        names: [
            "Margin per customer per period",
            "每客户每期毛利",
            "每位客戶每期毛利",
        ],
        definitions: [
            "m, the gross profit one customer brings each period (revenue less the cost of serving them), for the same period as the churn rate.",
            "m，每位客户每期带来的毛利（收入减去服务该客户的成本），与客户流失率使用同一周期。",
            "m，每位客戶每期帶來的毛利（收入減去服務該客戶的成本），與客戶流失率使用同一週期。",
        ],
        source: 0,
    },
    Term {
        key: "discount_rate",
        names: ["Discount rate", "折现率", "折現率"],
        definitions: [
            "d, the rate per period by which money received later is worth less than money now. It must share the churn rate's period: a yearly discount rate cannot meet a monthly churn rate.",
            "d，把以后收到的钱折算为现值时每期使用的比率。必须与客户流失率使用同一周期：年折现率不能直接与月流失率一起计算。",
            "d，將日後收到的錢折算為現值時每期使用的比率。必須與客戶流失率使用同一週期：年折現率不能直接與月流失率一起計算。",
        ],
        source: 0,
    },
    Term {
        key: "clv",
        names: [
            "Customer lifetime value (CLV)",
            "客户终身价值",
            "顧客終身價值",
        ],
        definitions: [
            "The discounted sum of the margin a customer brings while they stay: CLV = m × r ÷ (1 + d − r), with r = 1 − CR. Undiscounted, it is m ÷ CR.",
            "客户在保持期间带来的毛利经折现后的总和：CLV = m × r ÷ (1 + d − r)，其中 r = 1 − CR。不折现时为 m ÷ CR。",
            "客戶在保留期間帶來的毛利經折現後的總和：CLV = m × r ÷ (1 + d − r)，其中 r = 1 − CR。不折現時為 m ÷ CR。",
        ],
        source: 0,
    },
    Term {
        key: "clv_to_cac",
        names: [
            "CLV to CAC ratio",
            "客户终身价值与获取成本之比",
            "顧客終身價值與取得成本之比",
        ],
        definitions: [
            "CLV ÷ CAC: how many times its acquisition cost a customer is worth. A common rule of thumb asks for at least 3.",
            "CLV ÷ CAC：一位客户的价值是其获取成本的多少倍。常用的经验法则是至少 3 倍。",
            "CLV ÷ CAC：一位客戶的價值是其取得成本的幾倍。常用的經驗法則是至少 3 倍。",
        ],
        source: 0,
    },
    Term {
        key: "payback",
        names: ["Payback period", "回收期", "回收期"],
        definitions: [
            "The first period at which a new customer's cumulative margin reaches CAC: CAC ÷ m, rounded up. A new customer often takes about a year to become profitable.",
            "新客户的累计毛利达到客户获取成本的第一期：CAC ÷ m，向上取整。新客户往往需要一年左右才开始带来利润。",
            "新客戶的累計毛利達到客戶取得成本的第一期：CAC ÷ m，無條件進位。新客戶往往需要一年左右才開始帶來利潤。",
        ],
        source: 3,
    },
    Term {
        key: "sensitivity",
        names: ["Sensitivity analysis", "敏感性分析", "敏感度分析"],
        definitions: [
            "Each input moved down and up by a step (±10% by default), the others held, to see which one moves a result such as CLV or the ceiling the most; shown as a tornado chart.",
            "每次只让一个因素上下变动一定幅度（默认 ±10%），其余不变，看哪个因素对客户终身价值、客户规模上限等结果影响最大，以龙卷风图显示。",
            "每次只讓一個因素上下變動一定幅度（預設 ±10%），其餘不變，看哪個因素對顧客終身價值、客戶規模上限等結果影響最大，以龍捲風圖呈現。",
        ],
        source: 0,
    },
    // Loyalty and retention levers.
    Term {
        key: "customer_loyalty",
        names: ["Customer loyalty", "客户忠诚", "客戶忠誠"],
        definitions: [
            "A customer's lasting preference for the firm, which keeps them buying despite competitors' offers. It grows in levels, from no loyalty to devoted.",
            "客户对企业的持久偏好，使其在竞争对手的吸引下仍然重复购买。客户忠诚分为若干层次，从无忠诚到忠贞不二。",
            "客戶對企業的持久偏好，使其在競爭對手的吸引下仍然重複購買。客戶忠誠分為若干層次，從無忠誠到忠貞不二。",
        ],
        source: 3,
    },
    Term {
        key: "loyalty_ladder",
        names: ["Loyalty ladder", "客户忠诚的层次", "客戶忠誠的層次"],
        definitions: [
            "The levels of customer loyalty: no loyalty (buys on price or convenience), satisfied or habitual (stays from inertia and switching costs), preference (an emotional bond against competitors) and devoted.",
            "客户忠诚的四个层次：无忠诚（只看价格或方便）、满意或习惯（出于惯性和转换成本而留下）、偏好（与竞争对手相比有情感联系）和忠贞不二。",
            "客戶忠誠的四個層次：無忠誠（只看價格或方便）、滿意或習慣（出於慣性和轉換成本而留下）、偏好（與競爭對手相比有情感聯繫）與忠貞不二。",
        ],
        source: 3,
    },
    Term {
        key: "switching_cost",
        names: ["Switching cost", "转换成本", "轉換成本"],
        definitions: [
            "What a customer would give up by changing supplier: money, time, effort and accumulated benefits. Raising it is one of the six ways to keep customers.",
            "客户更换供应商时要付出的代价：金钱、时间、精力和已积累的利益。提高转换成本是保持客户的六项策略之一。",
            "客戶更換供應商時要付出的代價：金錢、時間、心力與已累積的利益。提高轉換成本是保留客戶的六項策略之一。",
        ],
        source: 2,
    },
    Term {
        key: "service_quality",
        names: [
            "Perceived service quality",
            "感知服务质量",
            "感知服務品質",
        ],
        definitions: [
            "Service quality as customers judge it, in five dimensions: tangibles, reliability, responsiveness, assurance and empathy.",
            "客户感受到的服务质量，分为五个维度：有形性、可靠性、响应性、保证性和移情性。",
            "客戶感受到的服務品質，分為五個構面：有形性、準確性、回響性、真實性與移情性。",
        ],
        source: 2,
    },
    // Using the calculator.
    Term {
        key: "scenario",
        names: ["Scenario", "方案", "方案"],
        definitions: [
            "One set of inputs across every section, which can be saved in the browser, shared as a link and compared side by side with another.",
            "贯穿各部分的一组输入数据，可以保存在浏览器中、以链接分享，并与另一个方案并排比较。",
            "涵蓋各部分的一組輸入資料，可以儲存在瀏覽器中、以連結分享，並與另一個方案並列比較。",
        ],
        source: 0,
    },
    Term {
        key: "preset",
        names: ["Preset", "预设案例", "預設案例"],
        definitions: [
            "A ready-made scenario with every section filled in, from the course texts' worked examples or consulting demonstrations; any figure can then be changed.",
            "填好各部分数据的现成方案，取自课程教材的算例或咨询演示；打开后任何数字都可以修改。",
            "填好各部分資料的現成方案，取自課程教材的算例或顧問示範；開啟後任何數字都可以修改。",
        ],
        source: 0,
    },
];

#[cfg(test)]
mod tests {
    #[test]
    fn figures_link_to_terms_that_exist() {
        for name in [
            "churn_rate",
            "avg_lifetime_periods",
            "churn_rate_year",
            "churn_rate_average",
            "cost_ratio",
            "refill_share",
            "pareto_80_count",
            "winback_roi",
            "winback_break_even_rate",
            "ceiling_customers",
            "clv_end_of_period",
            "payback_periods",
        ] {
            let key = term_for_result(name).unwrap_or_else(|| panic!("{name}"));
            assert!(find(key).is_some(), "{name} → {key}");
        }
        assert_eq!(term_for_result("exercise_correct"), None);
    }

    use super::*;

    /// Characters that exist only in traditional script, plus 隔 (區隔 is the 繁體 word for
    /// a segment; 简体 says 细分): none may appear in 简体 text.
    const TRADITIONAL_ONLY: &str = "戶們與為價際體個實單報華種轉這說當對應經點會來時內稱資訊維續務習導標準確產業觀變區隔顧讓從開關書據計議課語錄\
        專數據動東網頁過還進選擇統結論術設響計費獲護驗購買貨錢銷漸換復現總給測圖層級聯繫讀";

    /// Characters that exist only in simplified script: none may appear in 繁體 text.
    const SIMPLIFIED_ONLY: &str = "户们与为价际体个实单报华种转这说当对应经点会来时内称资讯维续务习导标准确产业观变区顾让从开关书据计议课语录\
        专数动东网页过还进选择统结论术设响费获护验购买货钱销渐换复现总给测图层级联读";

    /// The keys the app links figure names to.
    const REQUIRED_KEYS: [&str; 49] = [
        "retention_rate",
        "churn_rate",
        "start_customers",
        "new_customers",
        "end_customers",
        "lost_customers",
        "retained_customers",
        "avg_lifetime",
        "net_growth_rate",
        "period_conversion",
        "denominators",
        "cac",
        "crc",
        "cost_ratio",
        "replacement_cost",
        "churn_burn",
        "funnel_principle",
        "ceiling",
        "referral_effect",
        "word_of_mouth",
        "churn_causes",
        "pareto",
        "controllable_churn",
        "involuntary_churn",
        "lost_customer_types",
        "value_tiers",
        "winback",
        "success_rate",
        "contact_cost",
        "offer_cost",
        "repurchase_benefit",
        "avoided_replacement",
        "communication_benefit",
        "information_benefit",
        "roi",
        "bc_ratio",
        "break_even_rate",
        "clv",
        "margin",
        "discount_rate",
        "clv_to_cac",
        "payback",
        "sensitivity",
        "loyalty_ladder",
        "switching_cost",
        "service_quality",
        "customer_retention",
        "scenario",
        "preset",
    ];

    fn texts_in(lang: Lang) -> impl Iterator<Item = (&'static str, &'static str)> {
        TERMS
            .iter()
            .flat_map(move |t| [(t.key, t.name(lang)), (t.key, t.definition(lang))])
    }

    #[test]
    fn keys_are_unique_and_snake_case() {
        for (i, t) in TERMS.iter().enumerate() {
            assert!(!t.key.is_empty(), "term {i} has an empty key");
            assert!(
                t.key
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'),
                "key {:?} is not snake_case",
                t.key
            );
            assert!(
                !t.key.starts_with('_') && !t.key.ends_with('_') && !t.key.contains("__"),
                "key {:?} is not snake_case",
                t.key
            );
            assert!(
                t.key.starts_with(|c: char| c.is_ascii_lowercase()),
                "key {:?} must start with a letter",
                t.key
            );
            assert!(
                TERMS[i + 1..].iter().all(|u| u.key != t.key),
                "key {:?} appears twice",
                t.key
            );
        }
    }

    #[test]
    fn every_name_and_definition_is_there_in_every_language() {
        for t in &TERMS {
            for lang in Lang::ALL {
                assert!(
                    !t.name(lang).trim().is_empty(),
                    "{}: no name in {:?}",
                    t.key,
                    lang
                );
                assert!(
                    !t.definition(lang).trim().is_empty(),
                    "{}: no definition in {:?}",
                    t.key,
                    lang
                );
            }
        }
    }

    #[test]
    fn sources_are_a_text_or_the_standard_formula() {
        for t in &TERMS {
            assert!(t.source <= 5, "{}: source {} is not 0..=5", t.key, t.source);
        }
    }

    #[test]
    fn simplified_uses_only_simplified_characters() {
        for (key, text) in texts_in(Lang::ZhHans) {
            let bad: String = text
                .chars()
                .filter(|c| TRADITIONAL_ONLY.contains(*c))
                .collect();
            assert!(bad.is_empty(), "{key}: traditional {bad:?} in {text:?}");
        }
    }

    #[test]
    fn traditional_uses_only_traditional_characters() {
        for (key, text) in texts_in(Lang::ZhHant) {
            let bad: String = text
                .chars()
                .filter(|c| SIMPLIFIED_ONLY.contains(*c))
                .collect();
            assert!(bad.is_empty(), "{key}: simplified {bad:?} in {text:?}");
        }
    }

    #[test]
    fn chinese_texts_are_chinese_and_english_texts_are_not() {
        let is_han = |c: char| ('\u{4e00}'..='\u{9fff}').contains(&c);
        for t in &TERMS {
            for lang in [Lang::ZhHans, Lang::ZhHant] {
                assert!(
                    t.name(lang).chars().any(is_han),
                    "{}: {:?} name",
                    t.key,
                    lang
                );
                assert!(
                    t.definition(lang).chars().any(is_han),
                    "{}: {:?} definition",
                    t.key,
                    lang
                );
            }
            assert!(
                !t.name(Lang::En).chars().any(is_han),
                "{}: English name",
                t.key
            );
            assert!(
                !t.definition(Lang::En).chars().any(is_han),
                "{}: English definition",
                t.key
            );
        }
    }

    #[test]
    fn find_returns_the_term_with_the_key() {
        let t = find("retention_rate").expect("retention_rate");
        assert_eq!(t.key, "retention_rate");
        assert_eq!(t.name(Lang::En), "Retention rate");
        assert_eq!(t.name(Lang::ZhHans), "客户保持率");
        assert_eq!(t.name(Lang::ZhHant), "客戶保留率");
        assert!(t.definition(Lang::En).contains("(E − N) ÷ S"));
        assert!(find("no_such_term").is_none());
        assert!(find("").is_none());
        for t in &TERMS {
            assert!(std::ptr::eq(find(t.key).expect("found"), t));
        }
    }

    #[test]
    fn the_linked_keys_all_exist() {
        for key in REQUIRED_KEYS {
            assert!(find(key).is_some(), "no term {key:?}");
        }
    }

    #[test]
    fn names_follow_the_course_words() {
        let expect = [
            ("clv", ["客户终身价值", "顧客終身價值"]),
            ("roi", ["投资回报率", "投資報酬率"]),
            ("cac", ["客户获取成本", "客戶取得成本"]),
            ("customer_retention", ["客户保持", "客戶保留"]),
            ("churn_rate", ["客户流失率", "客戶流失率"]),
            ("funnel_principle", ["漏斗原理", "漏斗原理"]),
            ("sensitivity", ["敏感性分析", "敏感度分析"]),
        ];
        for (key, [hans, hant]) in expect {
            let t = find(key).expect(key);
            assert_eq!(t.name(Lang::ZhHans), hans);
            assert_eq!(t.name(Lang::ZhHant), hant);
        }
    }
}
