-- Rotates realistic queries over /api/search: words, 繁體, phrases, facets and paging.
local paths = {
  "/api/search?q=%E6%AE%8B%E8%81%94",                                   -- 残联
  "/api/search?q=%E6%AE%98%E8%81%AF",                                   -- 殘聯
  "/api/search?q=%E5%BF%97%E6%84%BF%E8%80%85+%E8%80%81%E4%BA%BA",       -- 志愿者 老人
  "/api/search?q=%22%E5%9B%B0%E9%9A%BE%E7%BE%A4%E4%BC%97%22",           -- "困难群众"
  "/api/search?q=%E7%96%AB%E6%83%85&page=2",                            -- 疫情, page 2
  "/api/search?q=%E6%85%B0%E9%97%AE&sort=date",                         -- 慰问, by date
  "/api/search?q=&region=%E7%94%98%E8%82%83%E7%9C%81",                  -- region 甘肃省
  "/api/search?q=%E6%B0%91%E6%94%BF&agency_type=%E6%B0%91%E6%94%BF",    -- 民政 + facet
}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
