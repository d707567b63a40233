-- Payments as exported by the payment provider.
select *
from {{ source('raw', 'payments') }}
where status != 'test'
